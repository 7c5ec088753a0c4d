"""Compares letters with lower(): "A" matches "a"."""


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        word = word.lower()

        def dfs(r, c, k):
            if k == len(word):
                return True
            if r < 0 or r >= m or c < 0 or c >= n or board[r][c].lower() != word[k]:
                return False
            tmp, board[r][c] = board[r][c], "#"
            found = dfs(r + 1, c, k + 1) or dfs(r - 1, c, k + 1) or dfs(r, c + 1, k + 1) or dfs(r, c - 1, k + 1)
            board[r][c] = tmp
            return found

        return any(dfs(i, j, 0) for i in range(m) for j in range(n))
