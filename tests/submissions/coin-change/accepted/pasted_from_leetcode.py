# Pasted from LeetCode as is: top-down memoized recursion, 10^4 levels deep on coins [1], relying on the
# implicit List, lru_cache and inf.
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
            return best

        answer = fewest(amount)
        return -1 if answer == inf else answer
