"""ACM mode: the tree's level-order list and targetSum on two lines (JSON). Gives every entry its parent by
LeetCode's rule and its running sum from the root (parents come first in the list), then counts, for each node, the
ancestors (and the empty prefix) whose running sum is its own minus the target, climbing parents: O(n * h)."""
import json
import sys

lines = sys.stdin.read().split("\n")
values, target = json.loads(lines[0]), json.loads(lines[1])
parent, prefix, owners, slot = {}, {}, [0], 0
count = 0
for i, v in enumerate(values):
    if v is None:
        if i:
            slot += 1
        continue
    if i:
        parent[i] = owners[slot // 2]
        slot += 1
        owners.append(i)
    prefix[i] = v + (prefix[parent[i]] if i in parent else 0)
    want = prefix[i] - target
    j = parent.get(i)
    count += want == 0
    while j is not None:
        count += prefix[j] == want
        j = parent.get(j)
print(count)
