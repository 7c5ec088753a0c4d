"""ACM mode: the tree's level-order list, p and q on three lines (JSON). Gives every entry its parent by LeetCode's
rule without building nodes, climbs from p marking ancestors, climbs from q to the first marked one, prints its
value."""
import json
import sys

lines = sys.stdin.read().split("\n")
values, p, q = json.loads(lines[0]), json.loads(lines[1]), json.loads(lines[2])
parent, slot, owners = [-1] * len(values), 0, [0]
for i in range(1, len(values)):
    owner = owners[slot // 2]
    slot += 1
    if values[i] is not None:
        parent[i] = owner
        owners.append(i)
where = {v: i for i, v in enumerate(values) if v is not None}
marked, i = set(), where[p]
while i != -1:
    marked.add(i)
    i = parent[i]
i = where[q]
while i not in marked:
    i = parent[i]
print(json.dumps(values[i]))
