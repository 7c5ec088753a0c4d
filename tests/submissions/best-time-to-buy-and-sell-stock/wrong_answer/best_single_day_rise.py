"""The largest rise from one day to the next: a trade may last several days."""


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        return max([0] + [b - a for a, b in zip(prices, prices[1:])])
