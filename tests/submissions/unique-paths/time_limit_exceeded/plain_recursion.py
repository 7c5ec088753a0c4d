"""The recurrence without a memo: one call per path and more, about 10^9 calls for 17 x 17 or 8 x 69."""
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        if m == 1 or n == 1:
            return 1
        return self.uniquePaths(m - 1, n) + self.uniquePaths(m, n - 1)
