"""`while lo <= hi` with `hi = mid`: once lo == hi, mid is lo, nums[mid] > nums[hi] is false, hi = mid changes
nothing, and the loop never ends (every array reaches lo == hi)."""


class Solution:
    def findMin(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]
