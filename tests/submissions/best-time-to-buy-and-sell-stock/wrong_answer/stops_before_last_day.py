"""The running minimum, but the loop stops one day early: selling on the last day is never considered."""


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        lowest, best = prices[0], 0
        for i in range(len(prices) - 1):
            lowest = min(lowest, prices[i])
            best = max(best, prices[i] - lowest)
        return best
