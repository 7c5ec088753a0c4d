# Memoized recursion whose subcalls return -1 for "impossible", fed straight into min(): -1 + 1 = 0 wins.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        @lru_cache(None)
        def fewest(rem):
            if rem == 0:
                return 0
            best = inf
            for c in coins:
                if c <= rem:
                    best = min(best, fewest(rem - c) + 1)
            return -1 if best == inf else best

        return fewest(amount)
