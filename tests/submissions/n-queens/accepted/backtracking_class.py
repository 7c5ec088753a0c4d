"""The textbook answer: a char grid mutated in place, three sets for the columns and diagonals, each row joined
into a string when a board is complete."""


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        res = []
        board = [["."] * n for _ in range(n)]
        cols, diag, anti = set(), set(), set()

        def bt(r):
            if r == n:
                res.append(["".join(row) for row in board])
                return
            for c in range(n):
                if c in cols or r - c in diag or r + c in anti:
                    continue
                cols.add(c)
                diag.add(r - c)
                anti.add(r + c)
                board[r][c] = "Q"
                bt(r + 1)
                board[r][c] = "."
                cols.remove(c)
                diag.remove(r - c)
                anti.remove(r + c)

        bt(0)
        return res
