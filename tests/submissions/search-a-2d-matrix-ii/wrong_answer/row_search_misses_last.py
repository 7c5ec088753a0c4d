# A hand-written binary search per row with `hi = len(row) - 1` and `lo < hi`: the last column is never compared.
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        for row in matrix:
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
