# Pasted from LeetCode: a binary search per row, O(m log n); relies on bisect_left being predefined.
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        for row in matrix:
            if row[0] > target:
                break
            i = bisect_left(row, target)
            if i < len(row) and row[i] == target:
                return True
        return False
