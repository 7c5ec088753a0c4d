"""Pasted from LeetCode as is: top-down can(i, remaining), memoized with the implicit lru_cache (List implicit)."""
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total & 1:
            return False

        @lru_cache(maxsize=None)
        def can(i, remaining):
            if remaining == 0:
                return True
            if i == len(nums) or remaining < 0:
                return False
            return can(i + 1, remaining - nums[i]) or can(i + 1, remaining)

        return can(0, total // 2)
