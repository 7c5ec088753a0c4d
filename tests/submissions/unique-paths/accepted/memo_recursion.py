"""Top-down from the finish, memoized with lru_cache: at most m + n - 1 calls deep."""
from functools import lru_cache


class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        @lru_cache(maxsize=None)
        def count(i, j):
            if i == 0 or j == 0:
                return 1
            return count(i - 1, j) + count(i, j - 1)

        return count(m - 1, n - 1)
