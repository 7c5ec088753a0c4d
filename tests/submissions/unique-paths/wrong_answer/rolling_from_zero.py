"""One rolling row summed from j = 0: row[0] += row[-1] adds the last count (Python's wrap-around), not a zero."""
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        row = [1] * n
        for _ in range(m - 1):
            for j in range(n):
                row[j] += row[j - 1]
        return row[-1]
