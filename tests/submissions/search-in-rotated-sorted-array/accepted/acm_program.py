"""ACM mode: nums on the first line, target on the second; the index printed (-1 when absent)."""
import json

nums = json.loads(input())
target = json.loads(input())
print(nums.index(target) if target in nums else -1)
