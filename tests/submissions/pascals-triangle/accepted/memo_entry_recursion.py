"""The slowest that is still fine: every entry by the recurrence C(r, k) = C(r-1, k-1) + C(r-1, k), memoized."""
from functools import lru_cache


class Solution:
    def generate(self, numRows: int) -> List[List[int]]:
        @lru_cache(maxsize=None)
        def entry(r, k):
            if k == 0 or k == r:
                return 1
            return entry(r - 1, k - 1) + entry(r - 1, k)

        return [[entry(r, k) for k in range(r + 1)] for r in range(numRows)]
