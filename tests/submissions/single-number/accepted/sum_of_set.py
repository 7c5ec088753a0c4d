"""Arithmetic: twice the sum of the distinct values minus the sum of all of them is the single value."""


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        return 2 * sum(set(nums)) - sum(nums)
