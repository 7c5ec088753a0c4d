# From the top-left corner, tries both moves (right and down) recursively without remembering visited cells:
# every monotone path through the values below the target, exponentially many on a large matrix.
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        m, n = len(matrix), len(matrix[0])

        def search(r, c):
            if r == m or c == n or matrix[r][c] > target:
                return False
            if matrix[r][c] == target:
                return True
            return search(r, c + 1) or search(r + 1, c)

        return search(0, 0)
