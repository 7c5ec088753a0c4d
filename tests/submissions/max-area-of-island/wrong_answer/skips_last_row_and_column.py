# Off by one at the borders: the scan stops at m - 1 and n - 1, missing islands in the last row or column.
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])

        def dfs(i, j):
            if i < 0 or i >= m or j < 0 or j >= n or grid[i][j] == 0:
                return 0
            grid[i][j] = 0
            return 1 + dfs(i + 1, j) + dfs(i - 1, j) + dfs(i, j + 1) + dfs(i, j - 1)

        best = 0
        for i in range(m - 1):
            for j in range(n - 1):
                best = max(best, dfs(i, j))
        return best
