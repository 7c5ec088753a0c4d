"""Take or skip with a memo on (index, index of the last taken): 2500 x 2501 states, each a cached call, on
2500 increasing numbers: far more than the O(n^2) DP's plain loops can afford, too slow."""
import sys
from functools import lru_cache
sys.setrecursionlimit(10000)
class Solution:
    def lengthOfLIS(self, nums):
        n = len(nums)
        @lru_cache(None)
        def f(i, p):
            if i == n: return 0
            r = f(i + 1, p)
            if p < 0 or nums[p] < nums[i]: r = max(r, 1 + f(i + 1, i))
            return r
        return f(0, -1)
