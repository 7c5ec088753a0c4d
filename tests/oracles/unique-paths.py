"""Unique Paths by walking every path: a depth-first search from the top-left cell, moving right or down,
counting the walks that arrive at the bottom-right cell."""


def inputs(rng):
    while True:
        yield {"m": rng.randint(1, 7), "n": rng.randint(1, 7)}


def solve(m, n):
    arrivals = 0
    stack = [(0, 0)]
    while stack:
        i, j = stack.pop()
        if (i, j) == (m - 1, n - 1):
            arrivals += 1
            continue
        if i + 1 < m:
            stack.append((i + 1, j))
        if j + 1 < n:
            stack.append((i, j + 1))
    return arrivals
