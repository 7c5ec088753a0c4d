# Searches only right and down: a U shape loses its right arm, so the area comes out too small.
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])

        def dfs(i, j):
            if i >= m or j >= n or grid[i][j] != 1:
                return 0
            grid[i][j] = 0
            return 1 + dfs(i + 1, j) + dfs(i, j + 1)

        best = 0
        for i in range(m):
            for j in range(n):
                best = max(best, dfs(i, j))
        return best
