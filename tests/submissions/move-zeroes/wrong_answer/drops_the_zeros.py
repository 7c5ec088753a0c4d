"""Removes the zeros without putting them back: the list gets shorter."""


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        nums[:] = [x for x in nums if x != 0]
