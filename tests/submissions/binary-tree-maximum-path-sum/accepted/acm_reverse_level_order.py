"""ACM mode: the tree's level-order list on one line (JSON). Gives every entry its children by LeetCode's rule, then
takes the entries from the last to the first (a child always comes after its parent), computing each node's gain
and the best path with it on top. No nodes are built."""
import json

values = json.loads(input())
left, right, owners, slot = {}, {}, [0], 0
for i in range(1, len(values)):
    owner = owners[slot // 2]
    if values[i] is not None:
        (left if slot % 2 == 0 else right)[owner] = i
        owners.append(i)
    slot += 1
gain, best = {}, values[0]
for i in range(len(values) - 1, -1, -1):
    if values[i] is None:
        continue
    a, b = max(gain.get(left.get(i), 0), 0), max(gain.get(right.get(i), 0), 0)
    best = max(best, values[i] + a + b)
    gain[i] = values[i] + max(a, b)
print(best)
