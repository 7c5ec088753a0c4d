"""The reachable sums as a NumPy boolean row, OR-ed with itself shifted by each number; returns a numpy.bool_."""
import numpy as np


class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        t = total // 2
        reachable = np.zeros(t + 1, dtype=bool)
        reachable[0] = True
        for x in nums:
            if x <= t:
                reachable[x:] |= reachable[:-x].copy()
        return reachable[t]
