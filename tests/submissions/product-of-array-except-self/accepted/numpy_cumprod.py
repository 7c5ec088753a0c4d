# NumPy: exclusive cumulative products from both ends, in int64 (every prefix and suffix fits in 32 bits).
import numpy as np


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        a = np.array(nums, dtype=np.int64)
        left = np.concatenate(([1], np.cumprod(a[:-1])))
        right = np.concatenate((np.cumprod(a[:0:-1])[::-1], [1]))
        return (left * right).tolist()
