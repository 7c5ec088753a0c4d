"""A stable sort on the key `x == 0`: the zeros go last and everything else keeps its order. O(n log n)."""


class Solution:
    def moveZeroes(self, nums):
        nums.sort(key=lambda x: x == 0)
