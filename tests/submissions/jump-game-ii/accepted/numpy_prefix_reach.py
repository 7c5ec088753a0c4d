"""NumPy: reach[i] = max(j + nums[j] for j <= i) as a running maximum; each jump moves end to reach[end]."""
import numpy as np


class Solution:
    def jump(self, nums: List[int]) -> int:
        reach = np.maximum.accumulate(np.asarray(nums, dtype=np.int64) + np.arange(len(nums)))
        jumps = end = 0
        while end < len(nums) - 1:
            end = int(reach[end])
            jumps += 1
        return jumps
