"""Reads a full copy of the matrix and writes into the original: O(m*n) extra space; for each zero of the copy it
clears the row and the column in the original, O(m*n + zeros*(m + n))."""


def set_zeroes(matrix):
    m, n = len(matrix), len(matrix[0])
    original = [row[:] for row in matrix]
    for i in range(m):
        for j in range(n):
            if original[i][j] == 0:
                for c in range(n):
                    matrix[i][c] = 0
                for r in range(m):
                    matrix[r][j] = 0
