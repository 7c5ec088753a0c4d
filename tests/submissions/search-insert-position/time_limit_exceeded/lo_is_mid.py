"""The half-open search with `lo = mid` instead of `lo = mid + 1`: once hi == lo + 1 and nums[lo] < target, mid is
lo again and the range never shrinks. Example 1 (target 5) already loops forever."""


class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < target:
                lo = mid
            else:
                hi = mid
        return lo
