"""Recursion on slices: each number in front of every permutation of the others (new lists everywhere: the
slowest style, still fast at n = 6)."""
from typing import List


class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        if len(nums) <= 1:
            return [nums[:]]
        return [[nums[i]] + rest for i in range(len(nums)) for rest in self.permute(nums[:i] + nums[i + 1:])]
