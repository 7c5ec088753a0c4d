class Solution:
    def searchMatrix(self, matrix: list[list[int]], target: int) -> bool:
        """Staircase search from the top-right corner: a value above the target rules out the rest of its column
        (everything below is at least as large), a value below it the rest of its row (everything to the left is
        at most as large).

        Each step leaves a row or a column behind, so at most m + n steps: O(m + n) time, O(1) space.
        """
        r, c = 0, len(matrix[0]) - 1
        while r < len(matrix) and c >= 0:
            value = matrix[r][c]
            if value == target:
                return True
            if value > target:
                c -= 1
            else:
                r += 1
        return False
