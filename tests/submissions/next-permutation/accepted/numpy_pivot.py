"""NumPy: the pivot is the last rise of the array, the successor the last number larger than it; written back into
nums as Python ints."""
import numpy as np


class Solution:
    def nextPermutation(self, nums: List[int]) -> None:
        a = np.array(nums)
        rises = np.nonzero(a[:-1] < a[1:])[0]
        if len(rises) == 0:
            nums.reverse()
            return
        i = int(rises[-1])
        j = int(np.nonzero(a > a[i])[0][-1])
        a[i], a[j] = a[j], a[i]
        a[i + 1:] = a[i + 1:][::-1].copy()
        nums[:] = a.tolist()
