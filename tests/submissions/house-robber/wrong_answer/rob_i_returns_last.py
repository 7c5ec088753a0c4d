"""dp[i] = the best with house i robbed, correctly, but returns dp[-1]: the last house need not be robbed
([2,1] answers 1)."""
class Solution:
    def rob(self, nums: List[int]) -> int:
        dp = []
        for i, x in enumerate(nums):
            dp.append(x + max(dp[i - 2] if i >= 2 else 0, dp[i - 3] if i >= 3 else 0))
        return dp[-1]
