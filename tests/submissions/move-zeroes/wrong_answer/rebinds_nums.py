"""Builds the right list and rebinds the local name to it: the caller's list never changes."""


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        nums = [x for x in nums if x != 0] + [0] * nums.count(0)
