"""Sorts and takes nums[n // 2 - 1], one below the middle: wrong for odd n when the majority is the largest."""


class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        nums.sort()
        return nums[len(nums) // 2 - 1]
