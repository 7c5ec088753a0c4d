"""One rolling row with the left neighbour read as dp[j - 1] for every j, j = 0 included: dp[-1] is the row
above's last cost, so a route may jump from the right edge back to the left one; the snake of zeros that
needs left moves answers 0, not 9."""
class Solution:
    def minPathSum(self, grid):
        n = len(grid[0])
        dp = [10**9] * n; dp[0] = 0
        for row in grid:
            for j in range(n):
                dp[j] = row[j] + min(dp[j], dp[j - 1])
        return dp[-1]
