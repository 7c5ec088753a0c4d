"""ACM mode: nums on one line; the majority printed."""
import json

nums = json.loads(input())
candidate, count = nums[0], 0
for x in nums:
    if count == 0:
        candidate = x
    count += 1 if x == candidate else -1
print(candidate)
