"""Recursive binary search over the flattened positions [lo, hi]."""


class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        n = len(matrix[0])

        def find(lo, hi):
            if lo > hi:
                return False
            mid = (lo + hi) // 2
            value = matrix[mid // n][mid % n]
            if value == target:
                return True
            return find(mid + 1, hi) if value < target else find(lo, mid - 1)

        return find(0, len(matrix) * n - 1)
