"""The running minimum seeded with a magic 9999 instead of the first price or infinity: a first price of 10^4 is
"sold" at a profit of 1 against a purchase that never happened ([10000, 0] answers 1)."""
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        low, best = 9999, 0
        for p in prices:
            best = max(best, p - low)
            low = min(low, p)
        return best
