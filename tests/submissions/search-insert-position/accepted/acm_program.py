"""ACM mode: nums on the first line, target on the second; the insert position printed."""
import json
from bisect import bisect_left

nums = json.loads(input())
target = json.loads(input())
print(bisect_left(nums, target))
