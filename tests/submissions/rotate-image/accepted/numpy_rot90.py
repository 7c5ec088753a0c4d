"""NumPy's rot90 with k = -1 (clockwise), written back row by row into the caller's lists."""
import numpy as np


class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        turned = np.rot90(np.array(matrix), -1)
        for i, row in enumerate(turned.tolist()):
            matrix[i][:] = row
