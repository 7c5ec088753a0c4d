"""Rotting Oranges by simulating the minutes as the statement tells them: each minute builds the next crate from a
copy of the current one, rotting every fresh orange with a rotten edge neighbour; stop when a minute changes
nothing, and answer -1 if a fresh orange is left."""


def inputs(rng):
    while True:
        m, n = rng.randint(1, 6), rng.randint(1, 6)
        empty = rng.choice((0.0, 0.1, 0.3, 0.5))
        rotten = rng.choice((0.0, 0.05, 0.2, 0.5, 1.0))
        yield {"grid": [[0 if rng.random() < empty else (2 if rng.random() < rotten else 1) for _ in range(n)]
                        for _ in range(m)]}


def solve(grid):
    m, n = len(grid), len(grid[0])
    crate = [row[:] for row in grid]
    minute = 0
    while True:
        after = [row[:] for row in crate]
        for i in range(m):
            for j in range(n):
                if crate[i][j] != 1:
                    continue
                around = [crate[a][b] for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1))
                          if 0 <= a < m and 0 <= b < n]
                if 2 in around:
                    after[i][j] = 2
        if after == crate:
            break
        crate = after
        minute += 1
    return -1 if any(1 in row for row in crate) else minute
