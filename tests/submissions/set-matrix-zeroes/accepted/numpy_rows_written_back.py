"""numpy masks for the rows and columns holding a zero, then each row written back into the caller's row lists."""
import numpy as np


class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        a = np.array(matrix, dtype=np.int64)
        zero_cols = (a == 0).any(axis=0)
        a[(a == 0).any(axis=1), :] = 0
        a[:, zero_cols] = 0
        for i, row in enumerate(a.tolist()):
            matrix[i][:] = row
