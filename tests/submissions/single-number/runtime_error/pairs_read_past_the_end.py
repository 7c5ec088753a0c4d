"""Sorts and steps through the pairs with range(0, n, 2): when the single value is the largest, nums[i + 1] is
past the end."""


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        nums.sort()
        for i in range(0, len(nums), 2):
            if nums[i] != nums[i + 1]:
                return nums[i]
