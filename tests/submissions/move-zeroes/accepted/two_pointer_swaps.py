"""Swap each non-zero value into the write position as it is met: writes only when a value moves."""


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        write = 0
        for read in range(len(nums)):
            if nums[read] != 0:
                if read != write:
                    nums[write], nums[read] = nums[read], nums[write]
                write += 1
