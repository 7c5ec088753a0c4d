"""Tries the permutations of nums in order until one is sorted: n! of them, hopeless once a 2 comes first."""
from itertools import permutations


class Solution:
    def sortColors(self, nums: List[int]) -> None:
        for p in permutations(nums):
            if all(p[i] <= p[i + 1] for i in range(len(p) - 1)):
                nums[:] = p
                return
