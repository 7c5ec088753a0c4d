"""Builds the board as [["."] * n] * n: the n rows are one list, so every queen shows up in every row."""


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        res = []
        board = [["."] * n] * n
        cols, diag, anti = set(), set(), set()

        def bt(r):
            if r == n:
                res.append(["".join(row) for row in board])
                return
            for c in range(n):
                if c in cols or r - c in diag or r + c in anti:
                    continue
                cols.add(c), diag.add(r - c), anti.add(r + c)
                board[r][c] = "Q"
                bt(r + 1)
                board[r][c] = "."
                cols.remove(c), diag.remove(r - c), anti.remove(r + c)

        bt(0)
        return res
