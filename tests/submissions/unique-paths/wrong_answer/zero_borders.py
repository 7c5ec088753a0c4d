"""A table of zeros with only dp[0][0] = 1, filled from (1, 1): the top row and left column stay 0, so every grid
larger than one row or column answers 0."""
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        dp = [[0] * n for _ in range(m)]
        dp[0][0] = 1
        for i in range(1, m):
            for j in range(1, n):
                dp[i][j] = dp[i - 1][j] + dp[i][j - 1]
        return dp[m - 1][n - 1]
