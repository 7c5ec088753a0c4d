"""Pasted from LeetCode: bisect_right on the first column picks the row, bisect_left searches it; relies on the
bisect functions being predefined."""
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        r = bisect_right([row[0] for row in matrix], target) - 1
        if r < 0:
            return False
        row = matrix[r]
        j = bisect_left(row, target)
        return j < len(row) and row[j] == target
