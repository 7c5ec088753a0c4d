"""Rotate Image by brute force, for `shousi check`: a new matrix whose row r is the original's column r read from
the bottom up, on small square matrices."""


def inputs(rng):
    while True:
        n = rng.randint(1, 7)
        yield {"matrix": [[rng.randint(-9, 9) for _ in range(n)] for _ in range(n)]}


def solve(matrix):
    n = len(matrix)
    return [[matrix[n - 1 - c][r] for c in range(n)] for r in range(n)]
