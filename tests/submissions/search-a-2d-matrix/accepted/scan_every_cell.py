"""The slowest approach accepted (as on LeetCode at 100 x 100): a Python loop over every cell, O(m * n)."""


class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        for row in matrix:
            for value in row:
                if value == target:
                    return True
        return False
