"""A rolling row of zeros: the top row takes min(0, left) and so costs only its own cell."""
class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        n = len(grid[0])
        row = [0] * n
        for cells in grid:
            row[0] += cells[0]
            for j in range(1, n):
                row[j] = cells[j] + min(row[j], row[j - 1])
        return row[-1]
