class Solution:
    def spiralOrder(self, matrix: list[list[int]]) -> list[int]:
        """Peel the matrix ring by ring between four shrinking bounds, clockwise from the top-left corner.

        The bottom row and the left column of a ring are read only if the bounds have not crossed after its top
        row and right column, so that a lone row or column in the middle is read once. O(m*n) time, and no space
        beyond the answer; the matrix is left untouched.
        """
        top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
        order: list[int] = []
        while top <= bottom and left <= right:
            order.extend(matrix[top][left:right + 1])
            top += 1
            order.extend(matrix[i][right] for i in range(top, bottom + 1))
            right -= 1
            if top <= bottom:
                order.extend(matrix[bottom][j] for j in range(right, left - 1, -1))
                bottom -= 1
            if left <= right:
                order.extend(matrix[i][left] for i in range(bottom, top - 1, -1))
                left += 1
        return order
