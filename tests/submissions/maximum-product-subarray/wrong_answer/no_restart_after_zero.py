"""Prefix and suffix products that are never restarted: after a zero every product stays 0, so [0,2,3,0]
answers 3 (its largest element), not 6."""
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = max(nums)
        for order in (nums, nums[::-1]):
            product = 1
            for x in order:
                product *= x
                best = max(best, product)
        return best
