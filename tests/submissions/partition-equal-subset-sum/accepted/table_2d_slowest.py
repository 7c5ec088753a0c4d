"""The slowest approach LeetCode accepts: the full 2-D table dp[i][s] over the first i numbers, O(n x target)
time and space, no early exit."""
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2 == 1:
            return False
        target = total // 2
        n = len(nums)
        dp = [[False] * (target + 1) for _ in range(n + 1)]
        dp[0][0] = True
        for i in range(1, n + 1):
            x = nums[i - 1]
            for s in range(target + 1):
                dp[i][s] = dp[i - 1][s] or (s >= x and dp[i - 1][s - x])
        return dp[n][target]
