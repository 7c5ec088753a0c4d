"""ACM mode: nums on one line; the sorted array printed."""
import json

nums = json.loads(input())
print(json.dumps([c for c in (0, 1, 2) for _ in range(nums.count(c))]))
