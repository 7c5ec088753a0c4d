class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        raise NotImplementedError("write your solution to maximum-product-subarray here, then run `shousi run maximum-product-subarray`")
