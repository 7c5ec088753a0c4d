"""Two pointers where the buy day moves forward by one day on a fall instead of jumping to the lower price, so it
can pass the cheapest day ([3,5,1,4] answers 2, not 3)."""
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        left, best = 0, 0
        for right in range(1, len(prices)):
            if prices[right] > prices[left]:
                best = max(best, prices[right] - prices[left])
            else:
                left += 1
        return best
