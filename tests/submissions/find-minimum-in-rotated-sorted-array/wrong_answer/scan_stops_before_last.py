"""Scans for the drop over range(1, n - 1): a drop at the last index (rotation by n - 1) is never seen."""


class Solution:
    def findMin(self, nums: List[int]) -> int:
        for i in range(1, len(nums) - 1):
            if nums[i] < nums[i - 1]:
                return nums[i]
        return nums[0]
