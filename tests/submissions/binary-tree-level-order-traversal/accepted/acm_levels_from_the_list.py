"""ACM mode: the tree is its level-order list on one line (JSON, null for a missing child). Without building nodes:
the list is already in level order, and a level of k nodes owns the next 2k entries (its children's slots), so the
levels are the non-null values of consecutive runs of the right lengths."""
import json

values = json.loads(input())
levels, i, count = [], 1, 1 if values else 0
if values:
    levels.append([values[0]])
while count:
    run = [v for v in values[i:i + 2 * count] if v is not None]
    i += 2 * count
    count = len(run)
    if run:
        levels.append(run)
print(json.dumps(levels, separators=(",", ":")))
