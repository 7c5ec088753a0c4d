# Uses len(grid) for both dimensions: on a grid wider than tall, the columns past m are never scanned.
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        n = len(grid)

        def dfs(i, j):
            if 0 <= i < n and 0 <= j < n and grid[i][j] == "1":
                grid[i][j] = "0"
                dfs(i + 1, j)
                dfs(i - 1, j)
                dfs(i, j + 1)
                dfs(i, j - 1)

        count = 0
        for i in range(n):
            for j in range(n):
                if grid[i][j] == "1":
                    count += 1
                    dfs(i, j)
        return count
