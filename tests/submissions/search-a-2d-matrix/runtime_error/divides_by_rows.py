"""Reads position p as matrix[p // m][p % m], dividing by the number of rows: right on square matrices, but on a
non-square one a large target drives p // m past the last row (IndexError)."""


class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        m, n = len(matrix), len(matrix[0])
        lo, hi = 0, m * n - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            value = matrix[mid // m][mid % m]
            if value == target:
                return True
            if value < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return False
