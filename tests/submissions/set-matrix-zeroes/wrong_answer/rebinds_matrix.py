"""Builds the right matrix and rebinds the local name to it: the caller's matrix never changes."""


class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        rows = {i for i, row in enumerate(matrix) if 0 in row}
        columns = {j for j, column in enumerate(zip(*matrix)) if 0 in column}
        matrix = [[0 if i in rows or j in columns else x for j, x in enumerate(row)] for i, row in enumerate(matrix)]
