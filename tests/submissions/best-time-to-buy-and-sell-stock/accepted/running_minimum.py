"""The running minimum in LeetCode's class: the best of price - lowest so far, starting at 0."""


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        lowest, best = float("inf"), 0
        for p in prices:
            lowest = min(lowest, p)
            best = max(best, p - lowest)
        return best
