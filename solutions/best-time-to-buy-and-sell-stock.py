class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        """One pass with the lowest price so far: selling today earns price - lowest. O(n) time, O(1) space."""
        lowest, best = prices[0], 0
        for price in prices:
            if price < lowest:
                lowest = price
            elif price - lowest > best:
                best = price - lowest
        return best
