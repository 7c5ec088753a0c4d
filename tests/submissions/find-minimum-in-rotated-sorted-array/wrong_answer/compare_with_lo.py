"""Compares the middle value with nums[lo] and goes right whenever the left part is sorted: on an array rotated n
times (plain sorted) it walks away from the minimum at index 0 and answers the largest value."""


class Solution:
    def findMin(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] >= nums[lo]:
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]
