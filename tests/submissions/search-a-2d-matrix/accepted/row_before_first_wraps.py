"""The row is bisect_right on the first column minus 1, without the check for -1: a target below every value
reads matrix[-1], the last row, and does not find it there (it is smaller than all of them). Accepted: the
missing check is harmless."""
import bisect


class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        r = bisect.bisect_right([row[0] for row in matrix], target) - 1
        row = matrix[r]
        i = bisect.bisect_left(row, target)
        return i < len(row) and row[i] == target
