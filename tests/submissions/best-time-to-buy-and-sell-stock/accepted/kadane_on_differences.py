"""Kadane on the daily changes: the profit of a trade is the sum of the changes between its days (LC53), at least 0."""


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        best = current = 0
        for i in range(1, len(prices)):
            current = max(0, current + prices[i] - prices[i - 1])
            best = max(best, current)
        return best
