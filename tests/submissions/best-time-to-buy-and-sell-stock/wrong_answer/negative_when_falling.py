"""Starts the best profit at minus infinity and must sell on a later day: falling prices give a loss, and a
single day gives -inf, where not trading (0) is allowed."""


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        best, lowest = float("-inf"), prices[0]
        for p in prices[1:]:
            best = max(best, p - lowest)
            lowest = min(lowest, p)
        return best
