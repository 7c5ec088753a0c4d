"""ACM mode: the tree is its level-order list on one line (JSON, null for a missing child). Without building nodes:
the entries after the root fill the listed nodes' slots in order, two per node, so each level is the next batch of
2 x (nodes on the level above) entries, and its last non-null entry is the one seen."""
import json

values = json.loads(input())
view, i, count = [], 0, 1 if values else 0
while count:
    batch = values[i:i + count] if i == 0 else values[i:i + 2 * count]
    i += len(batch) if i == 0 else 2 * count
    nodes = [v for v in batch if v is not None]
    if nodes:
        view.append(nodes[-1])
    count = len(nodes)
print(json.dumps(view, separators=(",", ":")))
