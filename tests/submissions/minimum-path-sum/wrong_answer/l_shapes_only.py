"""Compares only the two L-shaped routes (all right then all down, or all down then all right)."""
class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        right_then_down = sum(grid[0]) + sum(row[-1] for row in grid[1:])
        down_then_right = sum(row[0] for row in grid) + sum(grid[-1][1:])
        return min(right_then_down, down_then_right)
