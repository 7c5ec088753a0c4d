"""The quadratic DP with the look-back cut to the last 100 elements (an "optimisation"): right whenever the
best predecessor is near; 0 to 19 with 120 copies of -10^4 after each answers 2, not 20."""
class Solution:
    def lengthOfLIS(self, nums):
        n = len(nums); dp = [1] * n
        for i in range(n):
            for j in range(max(0, i - 100), i):
                if nums[j] < nums[i] and dp[j] + 1 > dp[i]: dp[i] = dp[j] + 1
        return max(dp)
