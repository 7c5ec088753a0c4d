class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        """Change matrix in place; return nothing."""
        n = len(matrix)
        for i in range(n):  # transpose: each pair above the diagonal swapped once
            for j in range(i + 1, n):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
        for row in matrix:  # then mirror left-right: together, a quarter turn clockwise
            row.reverse()
