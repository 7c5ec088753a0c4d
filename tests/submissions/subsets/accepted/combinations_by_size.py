"""itertools.combinations for every size from 0 to n (the slowest style here, still instant at n = 10)."""
from itertools import combinations
from typing import List


class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        out = []
        for k in range(len(nums) + 1):
            for c in combinations(nums, k):
                out.append(list(c))
        return out
