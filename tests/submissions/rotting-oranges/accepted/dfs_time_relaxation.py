"""Recursive DFS from every rotten orange, writing each cell's rotting time (offset by 2) into the grid and going on
only where it improves a time: a popular LeetCode answer, slower than BFS but correct."""
from typing import List


class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])

        def spread(i, j, t):
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= a < m and 0 <= b < n and (grid[a][b] == 1 or grid[a][b] > t + 1):
                    grid[a][b] = t + 1
                    spread(a, b, t + 1)

        for i in range(m):
            for j in range(n):
                if grid[i][j] == 2:
                    spread(i, j, 2)
        worst = 2
        for row in grid:
            for cell in row:
                if cell == 1:
                    return -1
                worst = max(worst, cell)
        return worst - 2
