"""Pasted from LeetCode: letter counts first (Counter predefined), then the search from the rarer end."""


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        cnt = Counter(ch for row in board for ch in row)
        for ch, k in Counter(word).items():
            if cnt[ch] < k:
                return False
        if cnt[word[0]] > cnt[word[-1]]:
            word = word[::-1]
        m, n = len(board), len(board[0])
        seen = [[False] * n for _ in range(m)]

        def go(r, c, k):
            if board[r][c] != word[k]:
                return False
            if k == len(word) - 1:
                return True
            seen[r][c] = True
            for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= x < m and 0 <= y < n and not seen[x][y] and go(x, y, k + 1):
                    seen[r][c] = False
                    return True
            seen[r][c] = False
            return False

        return any(go(r, c, 0) for r in range(m) for c in range(n))
