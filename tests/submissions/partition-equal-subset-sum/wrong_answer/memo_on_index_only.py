"""Top-down recursion memoized on the index alone: the answer for (i, remaining) is reused for another remaining."""
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2: return False
        memo = {}
        def can(i, rem):
            if rem == 0: return True
            if i == len(nums) or rem < 0: return False
            if i in memo: return memo[i]
            memo[i] = can(i + 1, rem - nums[i]) or can(i + 1, rem)
            return memo[i]
        return can(0, total // 2)
