"""A bitmask from 0 to 2^n - 1; the numbers are collected in reverse order (any order within a subset is fine)."""
from typing import List


class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        n = len(nums)
        return [[nums[i] for i in reversed(range(n)) if mask & (1 << i)] for mask in range(1 << n)]
