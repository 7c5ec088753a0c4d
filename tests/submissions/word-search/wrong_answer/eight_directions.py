"""Steps to all eight neighbours, diagonals included: "AD" is found in [["A","B"],["C","D"]]."""


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])

        def dfs(r, c, k):
            if board[r][c] != word[k]:
                return False
            if k == len(word) - 1:
                return True
            board[r][c] = "#"
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    x, y = r + dr, c + dc
                    if (dr or dc) and 0 <= x < m and 0 <= y < n and dfs(x, y, k + 1):
                        board[r][c] = word[k]
                        return True
            board[r][c] = word[k]
            return False

        return any(dfs(i, j, 0) for i in range(m) for j in range(n))
