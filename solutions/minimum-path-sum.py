class Solution:
    def minPathSum(self, grid: list[list[int]]) -> int:
        """cost[i][j] = grid[i][j] + min(cost from above, cost from the left), one row of costs at a time."""
        costs = []
        for value in grid[0]:
            costs.append(value + (costs[-1] if costs else 0))
        for row in grid[1:]:
            costs[0] += row[0]
            for j in range(1, len(row)):
                costs[j] = row[j] + min(costs[j], costs[j - 1])
        return costs[-1]
