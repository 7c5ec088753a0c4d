"""The closed-range flattened search with `hi = mid` instead of `hi = mid - 1`: once lo == hi on a value above the
target, hi = mid changes nothing and the loop never ends (example 2, an absent target, already hangs)."""


class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        m, n = len(matrix), len(matrix[0])
        lo, hi = 0, m * n - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            value = matrix[mid // n][mid % n]
            if value == target:
                return True
            if value < target:
                lo = mid + 1
            else:
                hi = mid
        return False
