"""Rescans the rest of the days, max(prices[i:]), at each new lowest price: fast on random prices (few new minima),
but on falling prices every one of the 10^4 distinct values is a new minimum: about 10^9 steps."""
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        best, low = 0, float("inf")
        for i, p in enumerate(prices):
            if p < low:
                low = p
                best = max(best, max(prices[i:]) - p)
        return best
