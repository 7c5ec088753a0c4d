"""Starts the table at 0 and takes dp[i] = min(dp[i], dp[i - k*k] + 1): the 0 always wins, every answer is 0."""
class Solution:
    def numSquares(self, n: int) -> int:
        dp = [0] * (n + 1)
        for i in range(1, n + 1):
            k = 1
            while k * k <= i:
                dp[i] = min(dp[i], dp[i - k * k] + 1)
                k += 1
        return dp[n]
