"""The slowest approach accepted: a Python loop for the one place a value is below its predecessor, O(n)."""


class Solution:
    def findMin(self, nums: List[int]) -> int:
        for i in range(1, len(nums)):
            if nums[i] < nums[i - 1]:
                return nums[i]
        return nums[0]
