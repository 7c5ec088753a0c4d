"""Markers in the first row and column, then a top-down clearing pass: row 0 is cleared while its marks are still
to be read, so a zero at [0][0] (or anywhere in column 0) wipes every column."""


class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        m, n = len(matrix), len(matrix[0])
        for i in range(m):
            for j in range(n):
                if matrix[i][j] == 0:
                    matrix[i][0] = 0
                    matrix[0][j] = 0
        for i in range(m):
            for j in range(n):
                if matrix[i][0] == 0 or matrix[0][j] == 0:
                    matrix[i][j] = 0
