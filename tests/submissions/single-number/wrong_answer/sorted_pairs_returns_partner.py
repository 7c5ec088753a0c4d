"""Sorts and finds the first pair that does not match, but returns its second element, nums[i + 1]."""


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        nums.sort()
        for i in range(0, len(nums) - 1, 2):
            if nums[i] != nums[i + 1]:
                return nums[i + 1]
        return nums[-1]
