"""Sums every day-to-day rise: that is LC122's answer (unlimited trades), not one trade's."""


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        return sum(max(0, b - a) for a, b in zip(prices, prices[1:]))
