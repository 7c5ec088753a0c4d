"""Kadane with the answer started at -9999 instead of nums[0] or -inf: right unless every element is -10^4,
the bottom of the range; hidden 13 (10^5 times -10^4) expects -10000 and gets -9999, a wrong answer."""
class Solution:
    def maxSubArray(self, nums):
        best = -9999; cur = 0
        for x in nums:
            cur = max(x, cur + x); best = max(best, cur)
        return best
