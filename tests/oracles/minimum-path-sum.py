"""Minimum Path Sum by listing every route: a route is the set of its m - 1 down moves among its m + n - 2
moves; walk each one from the top-left cell and sum the cells it visits."""

from itertools import combinations


def inputs(rng):
    while True:
        m, n = rng.randint(1, 6), rng.randint(1, 6)
        high = rng.choice([1, 9, 200])
        yield {"grid": [[rng.randint(0, high) for _ in range(n)] for _ in range(m)]}


def solve(grid):
    m, n = len(grid), len(grid[0])
    moves = m + n - 2
    best = None
    for downs in combinations(range(moves), m - 1):
        i = j = 0
        total = grid[0][0]
        for step in range(moves):
            if step in downs:
                i += 1
            else:
                j += 1
            total += grid[i][j]
        best = total if best is None else min(best, total)
    return best
