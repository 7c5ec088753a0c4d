"""Sorts: the zeros of an all-positive array go last, but negatives and the order of the rest are broken."""


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        nums.sort(reverse=True)
