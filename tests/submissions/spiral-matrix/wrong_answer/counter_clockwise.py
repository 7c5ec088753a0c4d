# Goes down the left column first: the spiral turns the wrong way.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        m, n = len(matrix), len(matrix[0])
        seen = set()
        dirs = [(1, 0), (0, 1), (-1, 0), (0, -1)]
        r = c = d = 0
        out = []
        for _ in range(m * n):
            out.append(matrix[r][c])
            seen.add((r, c))
            nr, nc = r + dirs[d][0], c + dirs[d][1]
            if not (0 <= nr < m and 0 <= nc < n) or (nr, nc) in seen:
                d = (d + 1) % 4
                nr, nc = r + dirs[d][0], c + dirs[d][1]
            r, c = nr, nc
        return out
