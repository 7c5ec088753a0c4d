"""Walks a column with the number of columns and a row with the number of rows: right on a square matrix, an
IndexError on the first non-square one with a zero."""


class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        m, n = len(matrix), len(matrix[0])
        rows, columns = set(), set()
        for i in range(m):
            for j in range(n):
                if matrix[i][j] == 0:
                    rows.add(i)
                    columns.add(j)
        for i in rows:
            for c in range(m):
                matrix[i][c] = 0
        for j in columns:
            for r in range(n):
                matrix[r][j] = 0
