"""Stops when lo and hi are neighbours (lo = mid keeps the larger side) and answers nums[hi], the right one of the
two: when the array is sorted (rotated n times) the minimum is nums[lo] = nums[0]. Wrong answer on [11, 13, 15, 17]."""
class Solution:
    def findMin(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid
            else:
                hi = mid
        return nums[hi]
