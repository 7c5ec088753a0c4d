"""ACM mode: finds the pair but prints the two values instead of their indices."""
import sys

nums, target = map(eval, sys.stdin.read().split())
seen = set()
for x in nums:
    if target - x in seen:
        print(target - x, x)
        break
    seen.add(x)
