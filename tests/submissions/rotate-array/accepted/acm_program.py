"""ACM mode: nums on the first line, k on the second; the rotated array printed."""
import json

nums = json.loads(input())
k = json.loads(input()) % len(nums)
print(json.dumps(nums[len(nums) - k:] + nums[:len(nums) - k]))
