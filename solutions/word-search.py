from collections import Counter


class Solution:
    def exist(self, board: list[list[str]], word: str) -> bool:
        """Backtracking from every cell, marking the cells of the current path in place; pruned by letter counts
        (a letter the board lacks), and run from the word's rarer end. O(m·n·3^L) in the worst case."""
        m, n = len(board), len(board[0])
        have = Counter(ch for row in board for ch in row)
        if any(have[ch] < k for ch, k in Counter(word).items()):
            return False
        if have[word[0]] > have[word[-1]]:
            word = word[::-1]
        length = len(word)

        def match(r: int, c: int, k: int) -> bool:
            if board[r][c] != word[k]:
                return False
            if k == length - 1:
                return True
            board[r][c] = None
            try:
                for rr, cc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= rr < m and 0 <= cc < n and match(rr, cc, k + 1):
                        return True
                return False
            finally:
                board[r][c] = word[k]

        return any(match(r, c, 0) for r in range(m) for c in range(n))
