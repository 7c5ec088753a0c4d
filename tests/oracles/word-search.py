"""Word Search by trying every sequence of distinct cells as long as the word (itertools.permutations of the
cells) and checking that consecutive cells share an edge and spell the word; boards of at most 9 cells over a
two- or three-letter alphabet, words of at most 5 letters."""

from itertools import permutations


def inputs(rng):
    while True:
        m, n = rng.randint(1, 3), rng.randint(1, 3)
        letters = rng.choice(["AB", "ABC", "aA"])
        board = [[rng.choice(letters) for _ in range(n)] for _ in range(m)]
        word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 5)))
        yield {"board": board, "word": word}


def solve(board, word):
    cells = [(r, c) for r in range(len(board)) for c in range(len(board[0]))]
    for path in permutations(cells, len(word)):
        if all(board[r][c] == ch for (r, c), ch in zip(path, word)) and all(
            abs(r1 - r2) + abs(c1 - c2) == 1 for (r1, c1), (r2, c2) in zip(path, path[1:])
        ):
            return True
    return False
