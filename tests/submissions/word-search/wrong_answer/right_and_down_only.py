"""Steps only right and down, as if the word ran like a reading order: a step left or up is never taken."""


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])

        def dfs(r, c, k):
            if k == len(word):
                return True
            if r >= m or c >= n or board[r][c] != word[k]:
                return False
            return dfs(r + 1, c, k + 1) or dfs(r, c + 1, k + 1)

        return any(dfs(i, j, 0) for i in range(m) for j in range(n))
