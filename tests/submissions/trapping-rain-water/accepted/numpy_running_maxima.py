"""Running maxima from both sides with np.maximum.accumulate; the sum is returned as a numpy int64."""
import numpy as np


class Solution:
    def trap(self, height: List[int]) -> int:
        h = np.array(height, dtype=np.int64)
        left = np.maximum.accumulate(h)
        right = np.maximum.accumulate(h[::-1])[::-1]
        return (np.minimum(left, right) - h).sum()
