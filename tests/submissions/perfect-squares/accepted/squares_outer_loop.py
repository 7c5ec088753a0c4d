"""Unbounded knapsack order: for each square, relax every amount from the square up (coin change with squares)."""
class Solution:
    def numSquares(self, n: int) -> int:
        dp = list(range(n + 1))
        k = 2
        while k * k <= n:
            s = k * k
            for i in range(s, n + 1):
                if dp[i - s] + 1 < dp[i]:
                    dp[i] = dp[i - s] + 1
            k += 1
        return dp[n]
