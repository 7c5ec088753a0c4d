"""Pasted from LeetCode: every entry is a binomial coefficient, from the implicit `comb` (LeetCode's `from math
import *`)."""
class Solution:
    def generate(self, numRows: int) -> List[List[int]]:
        return [[comb(r, k) for k in range(r + 1)] for r in range(numRows)]
