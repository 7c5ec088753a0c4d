"""hi = len(nums) - 1 with `while lo < hi`: the answer never exceeds len(nums) - 1, so a target above every value
gets len(nums) - 1 instead of len(nums)."""


class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid
        return lo
