"""Memoized recursion keyed by i * 100 + j: the keys collide as soon as a text is longer than 100."""
import sys
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        sys.setrecursionlimit(10000)
        memo = {}
        m, n = len(text1), len(text2)
        def f(i, j):
            if i == m or j == n:
                return 0
            k = i * 100 + j
            if k in memo:
                return memo[k]
            if text1[i] == text2[j]:
                r = 1 + f(i + 1, j + 1)
            else:
                r = max(f(i + 1, j), f(i, j + 1))
            memo[k] = r
            return r
        return f(0, 0)
