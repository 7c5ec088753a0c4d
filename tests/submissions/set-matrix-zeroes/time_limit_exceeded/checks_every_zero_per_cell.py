"""Keeps the zeros' positions in a list and, for every cell, searches the whole list for a zero in its row or
column: O(m*n*zeros) Python steps, about 10^8 when a quarter of the matrix is zero."""


class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        m, n = len(matrix), len(matrix[0])
        zeros = [(i, j) for i in range(m) for j in range(n) if matrix[i][j] == 0]
        clear = [[any(r == i or c == j for r, c in zeros) for j in range(n)] for i in range(m)]
        for i in range(m):
            for j in range(n):
                if clear[i][j]:
                    matrix[i][j] = 0
