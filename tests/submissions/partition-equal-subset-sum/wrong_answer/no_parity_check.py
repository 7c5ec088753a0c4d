"""Looks for a subset summing to total // 2 without checking that the total is even: [1,2,4] answers true."""
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        target = sum(nums) // 2
        dp = [True] + [False] * target
        for x in nums:
            for s in range(target, x - 1, -1):
                dp[s] = dp[s] or dp[s - x]
        return dp[target]
