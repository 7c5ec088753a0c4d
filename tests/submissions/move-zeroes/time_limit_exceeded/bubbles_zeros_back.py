"""Bubbles the zeros back one adjacent swap at a time, pass after pass: O(n^2) Python steps, hopeless at 10^4."""


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        moved = True
        while moved:
            moved = False
            for i in range(len(nums) - 1):
                if nums[i] == 0 and nums[i + 1] != 0:
                    nums[i], nums[i + 1] = nums[i + 1], nums[i]
                    moved = True
