"""LeetCode's class, the usual bottom-up DP: dp[i] = 1 + min(dp[i - j*j]) over j = 1..isqrt(i), O(n sqrt n)."""
import math


class Solution:
    def numSquares(self, n: int) -> int:
        dp = [0] * (n + 1)
        for i in range(1, n + 1):
            dp[i] = 1 + min(dp[i - j * j] for j in range(1, math.isqrt(i) + 1))
        return dp[n]
