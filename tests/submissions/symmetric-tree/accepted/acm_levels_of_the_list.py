"""ACM mode: the tree is its level-order list on one line (JSON, null for a missing child). Without building nodes:
each level's entries are the child slots of the level above (two per node, the missing ones at the end padded
with null), and the tree is symmetric when every level, nulls included, reads the same both ways."""
import json

values = json.loads(input())
i, count, ok = 1, 1, True  # count: the nodes on the level just checked
while count and ok:
    level = values[i:i + 2 * count]
    level += [None] * (2 * count - len(level))
    ok = level == level[::-1]
    i += 2 * count
    count = sum(v is not None for v in level)
print(json.dumps(ok))
