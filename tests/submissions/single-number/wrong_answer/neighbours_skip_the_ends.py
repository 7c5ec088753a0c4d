"""Sorts and looks for an element unlike both its neighbours, but only among those that have two: the smallest
and the largest are never checked (and n = 1 answers None)."""


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        nums.sort()
        for i in range(1, len(nums) - 1):
            if nums[i] != nums[i - 1] and nums[i] != nums[i + 1]:
                return nums[i]
