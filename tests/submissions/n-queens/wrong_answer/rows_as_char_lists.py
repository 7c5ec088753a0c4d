"""Returns each board's rows as lists of characters, ["." , "Q", ...], instead of strings."""


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        res = []
        board = [["."] * n for _ in range(n)]

        def safe(r, c):
            return all(board[i][c] != "Q" for i in range(r)) and all(
                board[i][j] != "Q" for i in range(r) for j in range(n) if abs(i - r) == abs(j - c))

        def bt(r):
            if r == n:
                res.append([row[:] for row in board])
                return
            for c in range(n):
                if safe(r, c):
                    board[r][c] = "Q"
                    bt(r + 1)
                    board[r][c] = "."

        bt(0)
        return res
