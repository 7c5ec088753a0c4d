"""A new matrix built with comprehensions and assigned into the old one with matrix[:]."""


class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        zero_rows = {i for i, row in enumerate(matrix) if 0 in row}
        zero_columns = {j for j, column in enumerate(zip(*matrix)) if 0 in column}
        matrix[:] = [[0 if i in zero_rows or j in zero_columns else value for j, value in enumerate(row)]
                     for i, row in enumerate(matrix)]
