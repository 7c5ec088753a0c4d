"""ACM mode: nums as one JSON line, the subsets printed as one JSON list."""
import json

nums = json.loads(input())
n = len(nums)
print(json.dumps([[nums[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]))
