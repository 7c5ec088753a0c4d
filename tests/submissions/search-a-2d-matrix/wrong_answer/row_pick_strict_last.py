"""Chooses the first row whose last value is strictly above the target: a target that ends a row sends it to the
next row (or to no row at all)."""


class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        for row in matrix:
            if row[-1] > target:
                return target in row
        return False
