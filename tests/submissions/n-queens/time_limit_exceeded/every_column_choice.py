"""Tries every choice of a column for each row, n^n of them (387 420 489 at n = 9), checking every pair of rows
in each."""


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        res = []
        for cols in product(range(n), repeat=n):
            ok = True
            for a in range(n):
                for b in range(a + 1, n):
                    if cols[a] == cols[b] or abs(cols[a] - cols[b]) == b - a:
                        ok = False
            if ok:
                res.append(["." * c + "Q" + "." * (n - 1 - c) for c in cols])
        return res
