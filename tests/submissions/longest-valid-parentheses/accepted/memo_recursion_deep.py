"""The DP top-down, memoized, asked from the last index first: f(i) calls f(i - 1) or f(i - 2), so the 15000
pairs and the 15000-deep nest recurse 15000 frames deep."""
import sys
from functools import lru_cache
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        sys.setrecursionlimit(100000)
        @lru_cache(None)
        def f(i):
            if i <= 0 or s[i] == '(':
                return 0
            if s[i - 1] == '(':
                return f(i - 2) + 2 if i >= 2 else 2
            j = i - f(i - 1) - 1
            if j >= 0 and s[j] == '(':
                return f(i - 1) + 2 + (f(j - 1) if j >= 1 else 0)
            return 0
        return max((f(i) for i in reversed(range(len(s)))), default=0)  # the last first: deep
