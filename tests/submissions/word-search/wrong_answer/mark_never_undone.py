"""Marks the cells in a visited set and never removes them: a branch that failed blocks the cells for the rest."""


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        seen = set()

        def dfs(r, c, k):
            if k == len(word):
                return True
            if r < 0 or r >= m or c < 0 or c >= n or (r, c) in seen or board[r][c] != word[k]:
                return False
            seen.add((r, c))
            return dfs(r + 1, c, k + 1) or dfs(r - 1, c, k + 1) or dfs(r, c + 1, k + 1) or dfs(r, c - 1, k + 1)

        return any(dfs(i, j, 0) for i in range(m) for j in range(n))
