"""The slowest approach LeetCode accepts: dp[i] = nums[i] + the best dp[j] over every j <= i - 2, O(n^2)."""
class Solution:
    def rob(self, nums: List[int]) -> int:
        dp = []
        for i, x in enumerate(nums):
            dp.append(x + max((dp[j] for j in range(i - 1)), default=0))
        return max(dp)
