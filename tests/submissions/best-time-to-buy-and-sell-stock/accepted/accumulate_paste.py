"""A LeetCode paste relying on the implicit imports: itertools' accumulate with min gives each day's lowest price
so far (that day included, so a same-day trade makes 0)."""


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        return max(p - low for p, low in zip(prices, accumulate(prices, min)))
