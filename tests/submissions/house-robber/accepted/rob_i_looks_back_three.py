"""dp[i] = the best with house i robbed, which follows a robbed house i - 2 or i - 3 (never further: one more
house in between could be robbed too); the answer is the larger of the last two."""
class Solution:
    def rob(self, nums: List[int]) -> int:
        dp = []
        for i, x in enumerate(nums):
            before = max(dp[i - 2] if i >= 2 else 0, dp[i - 3] if i >= 3 else 0)
            dp.append(before + x)
        return max(dp[-2:])
