"""Reads board[r][c] before checking the bounds: IndexError one step past the last row or column."""


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])

        def dfs(r, c, k):
            if k == len(word):
                return True
            if board[r][c] != word[k] or r < 0 or c < 0:
                return False
            tmp, board[r][c] = board[r][c], "#"
            found = dfs(r + 1, c, k + 1) or dfs(r - 1, c, k + 1) or dfs(r, c + 1, k + 1) or dfs(r, c - 1, k + 1)
            board[r][c] = tmp
            return found

        return any(dfs(i, j, 0) for i in range(m) for j in range(n))
