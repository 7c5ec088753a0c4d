"""Top-down with lru_cache: least(i) = 1 + min least(i - k*k); subtracting 1 first goes 10^4 calls deep."""
from functools import lru_cache


class Solution:
    def numSquares(self, n: int) -> int:
        @lru_cache(maxsize=None)
        def least(i):
            if i == 0:
                return 0
            best = i
            k = 1
            while k * k <= i:
                best = min(best, 1 + least(i - k * k))
                k += 1
            return best

        return least(n)
