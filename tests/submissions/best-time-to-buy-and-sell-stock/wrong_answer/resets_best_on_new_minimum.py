"""Starts over, best profit included, whenever a new minimum appears: a trade made before it is forgotten."""


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        lowest, best = prices[0], 0
        for p in prices:
            if p < lowest:
                lowest, best = p, 0
            best = max(best, p - lowest)
        return best
