# Joins diagonal neighbours too (8-connectivity): islands meeting at a corner are added together.
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])

        def dfs(i, j):
            if not (0 <= i < m and 0 <= j < n) or grid[i][j] == 0:
                return 0
            grid[i][j] = 0
            area = 1
            for di in (-1, 0, 1):
                for dj in (-1, 0, 1):
                    if di or dj:
                        area += dfs(i + di, j + dj)
            return area

        return max(dfs(i, j) for i in range(m) for j in range(n))
