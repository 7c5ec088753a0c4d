"""Kadane's idea with the largest product only: a negative times the smallest product is never considered,
so [-2,3,-4] answers 3."""
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        big = best = nums[0]
        for x in nums[1:]:
            big = max(x, big * x)
            best = max(best, big)
        return best
