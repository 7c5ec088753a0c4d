# A NumPy presence table of n + 2 slots (slot 0 pre-set), filled from the values in 1..n; the answer is the first
# empty slot, np.argmin's np.int64, which counts as the int it equals.
import numpy as np


class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        a = np.array(nums, dtype=np.int64)
        n = len(a)
        present = np.zeros(n + 2, dtype=bool)
        present[0] = True
        present[a[(a >= 1) & (a <= n)]] = True
        return np.argmin(present)
