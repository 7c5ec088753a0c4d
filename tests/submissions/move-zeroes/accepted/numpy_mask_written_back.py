"""The non-zero values then the zeros, picked with numpy masks on an int64 copy and written back with nums[:]."""
import numpy as np


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        a = np.array(nums, dtype=np.int64)
        nums[:] = np.concatenate([a[a != 0], a[a == 0]]).tolist()
