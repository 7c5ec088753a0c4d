"""N-Queens by trying every choice of one column per row (n^n of them) and keeping those in which no two queens
share a column or a diagonal, every pair of rows compared; n up to 7, cached per n."""

from functools import cache
from itertools import combinations, product


def inputs(rng):
    while True:
        yield {"n": rng.randint(1, 7)}


@cache
def _boards(n):
    found = []
    for cols in product(range(n), repeat=n):
        if all(cols[a] != cols[b] and abs(cols[a] - cols[b]) != b - a for a, b in combinations(range(n), 2)):
            found.append(tuple("".join("Q" if c == col else "." for c in range(n)) for col in cols))
    return tuple(found)


def solve(n):
    return [list(board) for board in _boards(n)]
