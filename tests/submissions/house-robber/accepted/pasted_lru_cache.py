"""Pasted from LeetCode as is: top-down from house 0, memoized with the implicit lru_cache (List implicit too)."""
class Solution:
    def rob(self, nums: List[int]) -> int:
        @lru_cache(maxsize=None)
        def best(i):
            if i >= len(nums):
                return 0
            return max(best(i + 1), nums[i] + best(i + 2))

        return best(0)
