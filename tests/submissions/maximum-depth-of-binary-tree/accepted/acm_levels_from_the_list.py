"""ACM mode: the tree is its level-order list on one line (JSON, null for a missing child). Without building nodes:
the entries after the root fill the listed nodes' slots in order, two per node, so the depth is the number of
batches of slots the list fills."""
import json

values = json.loads(input())
depth, i, level = 0, 1, 1 if values else 0  # level: the nodes on the current level
while level:
    depth += 1
    slots, level = 2 * level, 0
    for v in values[i:i + slots]:
        level += v is not None
    i += slots
print(depth)
