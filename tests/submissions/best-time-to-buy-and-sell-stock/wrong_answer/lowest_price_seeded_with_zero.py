"""The running minimum seeded with 0 and updated only once it is set (`if low and p < low`): it stays 0, so the
answer is the highest price."""
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        low, best = 0, 0
        for p in prices:
            if low and p < low:
                low = p
            best = max(best, p - low)
        return best
