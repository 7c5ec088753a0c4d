"""Prefix sums in float32 (numpy): exact while the sums stay below 2^24, wrong at 10^9 (hidden 12, 10^5 times
10^4, comes out as 998829504), a wrong answer."""
import numpy as np
class Solution:
    def maxSubArray(self, nums):
        a = np.asarray(nums, dtype=np.float32)
        p = np.concatenate([[0], np.cumsum(a, dtype=np.float32)]).astype(np.float32)
        mn = np.minimum.accumulate(p[:-1])
        return int(round(float((p[1:] - mn).max())))
