"""In-place DP (nums[i] becomes the best sum ending at i), a common LeetCode answer: it overwrites the input,
which LeetCode allows here (the answer is read from the return value only), so it must be accepted."""
class Solution:
    def maxSubArray(self, nums):
        for i in range(1, len(nums)):
            if nums[i - 1] > 0:
                nums[i] += nums[i - 1]
        return max(nums)
