# Marks visited cells with a value outside -100..100 (mutating the input), and prints as it goes.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        m, n = len(matrix), len(matrix[0])
        VISITED = 101
        dr, dc = 0, 1
        r = c = 0
        out = []
        while len(out) < m * n:
            out.append(matrix[r][c])
            matrix[r][c] = VISITED
            if not (0 <= r + dr < m and 0 <= c + dc < n) or matrix[r + dr][c + dc] == VISITED:
                dr, dc = dc, -dr
            r, c = r + dr, c + dc
        print(len(out), "cells")
        return out
