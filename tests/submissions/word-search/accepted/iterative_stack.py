"""Iterative: an explicit stack of (cell, letter index, neighbour to try next) frames and a visited grid, no
recursion."""


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        steps = ((1, 0), (-1, 0), (0, 1), (0, -1))
        used = [[False] * n for _ in range(m)]
        for sr in range(m):
            for sc in range(n):
                if board[sr][sc] != word[0]:
                    continue
                if len(word) == 1:
                    return True
                used[sr][sc] = True
                stack = [[sr, sc, 0]]  # row, column, next direction
                while stack:
                    frame = stack[-1]
                    r, c, d = frame
                    if d == 4:
                        used[r][c] = False
                        stack.pop()
                        continue
                    frame[2] += 1
                    nr, nc = r + steps[d][0], c + steps[d][1]
                    k = len(stack)
                    if 0 <= nr < m and 0 <= nc < n and not used[nr][nc] and board[nr][nc] == word[k]:
                        if k == len(word) - 1:
                            return True
                        used[nr][nc] = True
                        stack.append([nr, nc, 0])
        return False
