"""Walks the days backwards keeping the highest price still to come: the profit of buying today is that minus
today's price. O(n), the mirror of the running minimum."""
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        high, best = 0, 0
        for p in reversed(prices):
            high = max(high, p)
            best = max(best, high - p)
        return best
