"""Swaps matrix[i][j] and matrix[j][i] for every i and j: each pair is swapped twice, the transpose undone, and
the row reversal alone leaves a left-right mirror."""


class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        n = len(matrix)
        for i in range(n):
            for j in range(n):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
        for row in matrix:
            row.reverse()
