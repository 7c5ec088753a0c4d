"""Maximum subarray's reset carried over: the running product restarts whenever it drops below 1, so two
negatives never meet ([-2,3,-4] answers 3)."""
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = nums[0]
        product = 1
        for x in nums:
            product *= x
            best = max(best, product)
            if product < 1:
                product = 1
        return best
