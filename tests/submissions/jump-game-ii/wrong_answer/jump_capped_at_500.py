"""Forward DP that "optimises" by trying at most 500 places ahead of each index: right unless the only way on is a
longer jump (a 1000 over zeros)."""


class Solution:
    def jump(self, nums: List[int]) -> int:
        n = len(nums)
        dp = [float("inf")] * n
        dp[0] = 0
        for i in range(n):
            for k in range(i + 1, min(n, i + min(nums[i], 500) + 1)):
                dp[k] = min(dp[k], dp[i] + 1)
        return dp[-1]
