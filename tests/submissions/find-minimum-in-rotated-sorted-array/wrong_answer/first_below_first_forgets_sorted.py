"""Searches for the first value below nums[0] but forgets the sorted array (rotated n times), where there is none:
the search ends at the last index and answers the largest value."""


class Solution:
    def findMin(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < nums[0]:
                hi = mid
            else:
                lo = mid + 1
        return nums[lo]
