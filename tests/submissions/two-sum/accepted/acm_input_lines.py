"""ACM mode: a whole program, two lines of stdin (nums, target), the pair printed as Python prints a list."""
import json

nums = json.loads(input())
target = int(input())
seen = {}
for i, x in enumerate(nums):
    if target - x in seen:
        print([seen[target - x], i])
        break
    seen[x] = i
