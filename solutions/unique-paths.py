class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        """paths[i][j] = paths[i - 1][j] + paths[i][j - 1], one row at a time, updated left to right."""
        row = [1] * n
        for _ in range(m - 1):
            for j in range(1, n):
                row[j] += row[j - 1]
        return row[-1]
