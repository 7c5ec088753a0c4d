"""Top-down: ends_at(i) = 1 + max(ends_at(j) for j < i with nums[j] < nums[i]), memoized with functools.cache;
O(n^2), recursing up to 2500 deep on an increasing array."""
from functools import cache


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        @cache
        def ends_at(i):
            return 1 + max((ends_at(j) for j in range(i) if nums[j] < nums[i]), default=0)

        return max(ends_at(i) for i in range(len(nums)))
