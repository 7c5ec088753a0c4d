"""Checks the columns and the r - c diagonals, but not the r + c anti-diagonals: extra, attacked boards."""


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        res = []

        def bt(r, cols, diag, placed):
            if r == n:
                res.append(["." * c + "Q" + "." * (n - 1 - c) for c in placed])
                return
            for c in range(n):
                if c not in cols and r - c not in diag:
                    bt(r + 1, cols | {c}, diag | {r - c}, placed + [c])

        bt(0, set(), set(), [])
        return res
