# Word-Search-style backtracking (unmarks cells on the way back): finds the longest simple path, not the area.
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])

        def dfs(i, j):
            if i < 0 or i >= m or j < 0 or j >= n or grid[i][j] != 1:
                return 0
            grid[i][j] = 2
            longest = 0
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                longest = max(longest, dfs(a, b))
            grid[i][j] = 1
            return 1 + longest

        best = 0
        for i in range(m):
            for j in range(n):
                best = max(best, dfs(i, j))
        return best
