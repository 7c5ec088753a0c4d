"""Sizes the anti-diagonal array n instead of 2n - 1: r + c reaches 2n - 2, IndexError."""


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        res = []
        cols, diag, anti = [False] * n, [False] * (2 * n - 1), [False] * n

        def bt(r, placed):
            if r == n:
                res.append(["." * c + "Q" + "." * (n - 1 - c) for c in placed])
                return
            for c in range(n):
                if cols[c] or diag[r - c + n - 1] or anti[r + c]:
                    continue
                cols[c] = diag[r - c + n - 1] = anti[r + c] = True
                bt(r + 1, placed + [c])
                cols[c] = diag[r - c + n - 1] = anti[r + c] = False

        bt(0, [])
        return res
