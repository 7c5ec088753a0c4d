# The recurrence without memoization: every sub-amount is re-solved, exponential in the amount.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
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
