"""Swaps each zero with the last value not yet swapped: the zeros go last, the other values lose their order."""


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        end = len(nums) - 1
        i = 0
        while i < end:
            if nums[i] == 0:
                nums[i], nums[end] = nums[end], nums[i]
                end -= 1
            else:
                i += 1
