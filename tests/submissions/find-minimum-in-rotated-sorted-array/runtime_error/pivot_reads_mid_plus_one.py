"""Looks for the drop with nums[mid] > nums[mid + 1], going right while nums[mid] >= nums[0]: on a sorted array
(rotated n times) mid reaches the last index and nums[mid + 1] is an IndexError."""


class Solution:
    def findMin(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[mid + 1]:
                return nums[mid + 1]
            if nums[mid] >= nums[0]:
                lo = mid + 1
            else:
                hi = mid - 1
        return nums[0]
