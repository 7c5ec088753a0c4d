# Starts the running products at 0 instead of 1: every entry comes out 0.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        n = len(nums)
        res = [1] * n
        left = 0
        for i in range(n):
            res[i] = left
            left *= nums[i]
        right = 0
        for i in range(n - 1, -1, -1):
            res[i] *= right
            right *= nums[i]
        return res
