# Turns only at the matrix's edges, never at visited cells: from 3 x 3 up, the walk circles the outer ring
# forever and never reaches the inner cells, so the loop never ends.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        m, n = len(matrix), len(matrix[0])
        seen = set()
        out = []
        dr, dc = 0, 1
        r = c = 0
        while len(out) < m * n:
            if (r, c) not in seen:
                seen.add((r, c))
                out.append(matrix[r][c])
            if not (0 <= r + dr < m and 0 <= c + dc < n):
                dr, dc = dc, -dr
            r, c = r + dr, c + dc
        return out
