"""ACM mode: nums on one line; the minimum printed."""
import json

nums = json.loads(input())
lo, hi = 0, len(nums) - 1
while lo < hi:
    mid = (lo + hi) // 2
    if nums[mid] > nums[hi]:
        lo = mid + 1
    else:
        hi = mid
print(nums[lo])
