"""Moves each zero to the end while walking forwards by index: the value after each moved zero is skipped, so
one of two consecutive zeros stays."""


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        for i in range(len(nums)):
            if nums[i] == 0:
                nums.append(nums.pop(i))
