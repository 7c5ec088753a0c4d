"""The mirror image of the lower bound: finds the last index whose value is below target, with the upper middle
(lo + hi + 1) // 2 so that lo = mid always moves; a target above every value is answered up front. Accepted."""
class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        if target > nums[-1]:
            return len(nums)
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if nums[mid] < target:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1 if nums[lo] < target else lo
