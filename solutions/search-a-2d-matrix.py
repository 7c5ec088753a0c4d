class Solution:
    def searchMatrix(self, matrix: list[list[int]], target: int) -> bool:
        """One binary search over the m * n cells read row by row, which form a non-decreasing list: position p is
        matrix[p // n][p % n] for n columns. O(log(m * n)) time, O(1) space."""
        m, n = len(matrix), len(matrix[0])
        lo, hi = 0, m * n
        while lo < hi:
            mid = (lo + hi) // 2
            if matrix[mid // n][mid % n] < target:
                lo = mid + 1
            else:
                hi = mid
        return lo < m * n and matrix[lo // n][lo % n] == target
