"""Top-down from the last cell with lru_cache: 4 * 10^4 states, at most 400 calls deep."""
from functools import lru_cache


class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        @lru_cache(maxsize=None)
        def cost(i, j):
            if i == 0 and j == 0:
                return grid[0][0]
            best = float("inf")
            if i > 0:
                best = cost(i - 1, j)
            if j > 0:
                best = min(best, cost(i, j - 1))
            return grid[i][j] + best

        return cost(len(grid) - 1, len(grid[0]) - 1)
