"""Returns the right matrix, built new, and leaves matrix as it was."""


class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> List[List[int]]:
        rows = {i for i, row in enumerate(matrix) if 0 in row}
        columns = {j for j, column in enumerate(zip(*matrix)) if 0 in column}
        return [[0 if i in rows or j in columns else x for j, x in enumerate(row)] for i, row in enumerate(matrix)]
