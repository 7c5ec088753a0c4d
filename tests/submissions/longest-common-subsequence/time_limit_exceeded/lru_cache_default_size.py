"""functools.lru_cache() keeps only 128 entries by default: the evictions make the recursion exponential again."""
import sys
from functools import lru_cache
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        sys.setrecursionlimit(10000)
        @lru_cache()
        def f(i, j):
            if i == len(text1) or j == len(text2):
                return 0
            if text1[i] == text2[j]:
                return 1 + f(i + 1, j + 1)
            return max(f(i + 1, j), f(i, j + 1))
        return f(0, 0)
