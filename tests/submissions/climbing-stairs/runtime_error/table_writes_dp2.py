"""A table of n + 1 entries seeded with dp[1] = 1 and dp[2] = 2: IndexError when n = 1."""
class Solution:
    def climbStairs(self, n: int) -> int:
        dp = [0] * (n + 1)
        dp[1], dp[2] = 1, 2
        for i in range(3, n + 1):
            dp[i] = dp[i - 1] + dp[i - 2]
        return dp[n]
