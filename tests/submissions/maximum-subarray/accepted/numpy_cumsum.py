# NumPy: prefix sums minus the running minimum of the earlier prefixes.
import numpy as np


class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        prefix = np.concatenate(([0], np.cumsum(nums, dtype=np.int64)))
        lowest = np.minimum.accumulate(prefix[:-1])
        return int((prefix[1:] - lowest).max())
