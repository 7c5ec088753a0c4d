"""Walks s down to 0 instead of x: dp[s - x] with s < x is a negative index, which reads the end of the list
([2,3,3] answers true; a number above target + 1 raises IndexError, on a later case)."""
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        target = total // 2
        dp = [True] + [False] * target
        for x in nums:
            for s in range(target, -1, -1):
                dp[s] = dp[s] or dp[s - x]
        return dp[target]
