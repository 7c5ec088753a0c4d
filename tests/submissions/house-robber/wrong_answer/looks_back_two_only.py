"""dp[i] = nums[i] + dp[i - 2] ("house i robbed, so i - 2 was"): a plan that skips two houses in a row is never
built ([3,1,1,3,1,1,3] answers 8, not 9)."""
class Solution:
    def rob(self, nums: List[int]) -> int:
        dp = []
        for i, x in enumerate(nums):
            dp.append(x + (dp[i - 2] if i >= 2 else 0))
        return max(dp[-2:])
