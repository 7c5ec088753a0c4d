"""ACM mode: board and word on stdin, one JSON line each; prints true or false."""
import json

board = json.loads(input())
word = json.loads(input())
m, n = len(board), len(board[0])


def dfs(r, c, k):
    if board[r][c] != word[k]:
        return False
    if k == len(word) - 1:
        return True
    board[r][c] = "."
    ok = any(0 <= r + dr < m and 0 <= c + dc < n and dfs(r + dr, c + dc, k + 1)
             for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
    board[r][c] = word[k]
    return ok


print(json.dumps(any(dfs(r, c, 0) for r in range(m) for c in range(n))))
