# Prefix products into the answer, then a running suffix product from the right: O(1) extra space.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        n = len(nums)
        res = [1] * n
        for i in range(1, n):
            res[i] = res[i - 1] * nums[i - 1]
        right = 1
        for i in reversed(range(n)):
            res[i] *= right
            right *= nums[i]
        return res
