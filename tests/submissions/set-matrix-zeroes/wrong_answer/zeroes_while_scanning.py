"""Clears the row and the column as soon as a zero is met: the scan then meets the zeros it made and clears their
rows and columns too."""


class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        m, n = len(matrix), len(matrix[0])
        for i in range(m):
            for j in range(n):
                if matrix[i][j] == 0:
                    for c in range(n):
                        matrix[i][c] = 0
                    for r in range(m):
                        matrix[r][j] = 0
