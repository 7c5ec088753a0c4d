"""ACM mode: prices on one line; the best profit printed."""
import json

prices = json.loads(input())
lowest, best = prices[0], 0
for p in prices:
    lowest = min(lowest, p)
    best = max(best, p - lowest)
print(best)
