class Solution:
    def productExceptSelf(self, nums: list[int]) -> list[int]:
        """Two passes, no division: the product of everything before i, then times the product of everything after."""
        answer = [1] * len(nums)
        before = 1
        for i, x in enumerate(nums):
            answer[i] = before
            before *= x
        after = 1
        for i in range(len(nums) - 1, -1, -1):
            answer[i] *= after
            after *= nums[i]
        return answer
