"""Sorts into a new list and rebinds the local name to it: the caller's list never changes."""


class Solution:
    def sortColors(self, nums: List[int]) -> None:
        nums = sorted(nums)
