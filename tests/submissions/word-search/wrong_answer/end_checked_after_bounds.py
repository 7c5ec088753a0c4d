"""Checks the bounds before k == len(word): a word whose last letter is matched on a cell with no neighbour
inside the board, as on a 1x1 board, is never found."""


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])

        def dfs(r, c, k):
            if r < 0 or r >= m or c < 0 or c >= n:
                return False
            if k == len(word):
                return True
            if board[r][c] != word[k]:
                return False
            tmp, board[r][c] = board[r][c], "#"
            found = dfs(r + 1, c, k + 1) or dfs(r - 1, c, k + 1) or dfs(r, c + 1, k + 1) or dfs(r, c - 1, k + 1)
            board[r][c] = tmp
            return found

        return any(dfs(i, j, 0) for i in range(m) for j in range(n))
