"""Reads from `matrix[:]`, a copy of the list of rows only: the rows are shared, so the values read back have
already been overwritten."""


class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        n = len(matrix)
        original = matrix[:]
        for i in range(n):
            for j in range(n):
                matrix[j][n - 1 - i] = original[i][j]
