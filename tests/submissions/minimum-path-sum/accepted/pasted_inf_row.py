"""Pasted from LeetCode: one row of costs padded with the implicit `inf` (LeetCode's `from math import *`)."""
class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        n = len(grid[0])
        row = [inf] * (n + 1)
        row[1] = 0
        for cells in grid:
            for j, value in enumerate(cells, 1):
                row[j] = value + min(row[j], row[j - 1])
            row[0] = inf
        return row[n]
