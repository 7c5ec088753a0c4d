"""The textbook O(n^2) DP, the slowest approach LeetCode accepts: dp[i] = 1 + the best dp[j] with j < i and
nums[j] < nums[i]; the answer is max(dp)."""
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        n = len(nums)
        dp = [1] * n
        for i in range(n):
            for j in range(i):
                if nums[j] < nums[i]:
                    dp[i] = max(dp[i], dp[j] + 1)
        return max(dp)
