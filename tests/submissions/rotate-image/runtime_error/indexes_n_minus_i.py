"""Writes each value to column n - i instead of n - 1 - i: row i = 0 indexes past the end (IndexError)."""


class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        n = len(matrix)
        original = [row[:] for row in matrix]
        for i in range(n):
            for j in range(n):
                matrix[j][n - i] = original[i][j]
