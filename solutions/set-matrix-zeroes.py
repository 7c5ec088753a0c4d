class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        """Change matrix in place; return nothing."""
        m, n = len(matrix), len(matrix[0])
        # matrix[i][0] marks row i and matrix[0][j] column j; matrix[0][0] marks row 0, so column 0 has its own flag
        first_column = any(matrix[i][0] == 0 for i in range(m))
        for i in range(m):
            for j in range(1, n):
                if matrix[i][j] == 0:
                    matrix[i][0] = matrix[0][j] = 0
        for i in range(m - 1, -1, -1):  # bottom-up, so that row 0's marks are read before row 0 is cleared
            for j in range(1, n):
                if matrix[i][0] == 0 or matrix[0][j] == 0:
                    matrix[i][j] = 0
            if first_column:
                matrix[i][0] = 0
