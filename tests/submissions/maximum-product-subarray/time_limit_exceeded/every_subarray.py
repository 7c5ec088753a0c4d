"""Every subarray's product, extending each start to the right: O(n^2), 2 * 10^8 products on 2 * 10^4 values."""
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = nums[0]
        for i in range(len(nums)):
            product = 1
            for j in range(i, len(nums)):
                product *= nums[j]
                if product > best:
                    best = product
        return best
