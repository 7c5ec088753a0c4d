"""The O(n^2) DP with <= instead of <: the longest non-decreasing subsequence ([2,2] answers 2)."""
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        dp = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] <= nums[i]:
                    dp[i] = max(dp[i], dp[j] + 1)
        return max(dp)
