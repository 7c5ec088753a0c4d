# Joins diagonal neighbours too (8-connectivity): cells meeting at a corner become one island.
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])

        def dfs(i, j):
            if not (0 <= i < m and 0 <= j < n) or grid[i][j] != "1":
                return
            grid[i][j] = "0"
            for di in (-1, 0, 1):
                for dj in (-1, 0, 1):
                    if di or dj:
                        dfs(i + di, j + dj)

        count = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] == "1":
                    count += 1
                    dfs(i, j)
        return count
