"""Picks the right row, then searches it with `while lo < hi` on [0, n - 1] and never compares the last candidate:
a target at the end of its row (or in a one-column matrix) is missed."""


class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        r = bisect_right([row[0] for row in matrix], target) - 1
        if r < 0:
            return False
        row = matrix[r]
        lo, hi = 0, len(row) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if row[mid] == target:
                return True
            if row[mid] < target:
                lo = mid + 1
            else:
                hi = mid
        return False
