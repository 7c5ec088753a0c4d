"""The recurrence without a memo: a call per route, about 4^199 of them on a 200 x 200 grid."""
class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        def cost(i, j):
            if i == 0 and j == 0:
                return grid[0][0]
            if i == 0:
                return grid[i][j] + cost(i, j - 1)
            if j == 0:
                return grid[i][j] + cost(i - 1, j)
            return grid[i][j] + min(cost(i - 1, j), cost(i, j - 1))

        return cost(len(grid) - 1, len(grid[0]) - 1)
