"""Swaps the 0s to the front and stops: the 1s and 2s behind them are still mixed."""


class Solution:
    def sortColors(self, nums: List[int]) -> None:
        front = 0
        for i in range(len(nums)):
            if nums[i] == 0:
                nums[front], nums[i] = nums[i], nums[front]
                front += 1
