"""Pasted from LeetCode: factorials divided with true division, rounded with + 0.5; the floats are close
enough to the integer for every grid whose answer fits 2 * 10^9, and factorial is the implicit math import."""
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        return int(factorial(m + n - 2) / factorial(m - 1) / factorial(n - 1) + 0.5)
