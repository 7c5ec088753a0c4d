class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        raise NotImplementedError("write your solution to product-of-array-except-self here, then run `shousi run product-of-array-except-self`")
