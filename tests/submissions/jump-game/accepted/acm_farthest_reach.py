"""ACM mode: nums on one line; true or false printed."""
import json

nums = json.loads(input())
reach = 0
for i, x in enumerate(nums):
    if i > reach:
        break
    reach = max(reach, i + x)
print(json.dumps(reach >= len(nums) - 1))
