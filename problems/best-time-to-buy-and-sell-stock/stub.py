class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        raise NotImplementedError("write your solution to best-time-to-buy-and-sell-stock here, then run `shousi run best-time-to-buy-and-sell-stock`")
