"""Tries every sequence of distinct cells as long as the word (itertools.permutations): 36!/21! (10^22)
sequences on a 6x6 board with a 15-letter word that is not there."""


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        cells = [(r, c) for r in range(len(board)) for c in range(len(board[0]))]
        for path in permutations(cells, len(word)):
            if all(board[r][c] == ch for (r, c), ch in zip(path, word)) and all(
                abs(a[0] - b[0]) + abs(a[1] - b[1]) == 1 for a, b in zip(path, path[1:])
            ):
                return True
        return False
