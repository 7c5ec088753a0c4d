"""Divide and conquer: the best trade lies in the left half, in the right half, or buys in the left and sells in
the right (the right's maximum minus the left's minimum). O(n log n), recursive: the slowest approach here."""


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        def solve(lo, hi):  # (best profit, lowest, highest) of prices[lo:hi]
            if hi - lo == 1:
                return 0, prices[lo], prices[lo]
            mid = (lo + hi) // 2
            left, left_low, left_high = solve(lo, mid)
            right, right_low, right_high = solve(mid, hi)
            return (max(left, right, right_high - left_low), min(left_low, right_low), max(left_high, right_high))

        return solve(0, len(prices))[0]
