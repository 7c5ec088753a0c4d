"""Pasted from LeetCode: m - 1 downs among m + n - 2 moves, with the implicit `comb` (LeetCode's `from math import *`)."""
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        return comb(m + n - 2, m - 1)
