"""Recursion on the two choices (take nums[i] or leave it), building tuples: the subsets come out as tuples."""
from typing import List


class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        def choose(i):
            if i == len(nums):
                return [()]
            rest = choose(i + 1)
            return rest + [(nums[i],) + r for r in rest]
        return choose(0)
