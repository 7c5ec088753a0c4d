"""Fills the table with range(1, m - 1) and range(1, n - 1): the last row and column keep their initial 1."""
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        dp = [[1] * n for _ in range(m)]
        for i in range(1, m - 1):
            for j in range(1, n - 1):
                dp[i][j] = dp[i - 1][j] + dp[i][j - 1]
        return dp[-1][-1]
