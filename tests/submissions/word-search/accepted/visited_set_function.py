"""A plain function with a visited set of (row, column) tuples, added and removed around each step: the slowest
plain backtracking, and no pruning."""


def exist(board, word):
    rows, cols = len(board), len(board[0])
    path = set()

    def dfs(r, c, i):
        if i == len(word):
            return True
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in path or board[r][c] != word[i]:
            return False
        path.add((r, c))
        res = any(dfs(r + dr, c + dc, i + 1) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
        path.remove((r, c))
        return res

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
