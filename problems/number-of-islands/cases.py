"""Hidden tests for number-of-islands: small shapes with pinned answers, one per classic mistake, then seeded
300x300 grids (all land first: the deepest recursion, and where a quadratic solution stops).

Cells are the strings "0" and "1", as on LeetCode.
"""

from harness.catalogue.cases import Case

N_MAX = 300


def rows(*lines):
    """A grid from lines of 0s and 1s: rows("101", "111")."""
    return [list(line) for line in lines]


def hidden_cases(rng):
    yield Case({"grid": rows("1")}, 1, "1x1 land")
    yield Case({"grid": rows("0")}, 0, "1x1 water")
    yield Case({"grid": rows("1011001")}, 3, "a single row")
    yield Case({"grid": rows("1", "1", "0", "1", "0", "0", "1")}, 3, "a single column")
    yield Case({"grid": rows("000", "000", "000")}, 0, "all water")
    yield Case({"grid": rows("111", "111", "111")}, 1, "all land, small")
    yield Case({"grid": rows("101", "111")}, 1, "a U: reaching the right arm needs a step up")
    yield Case({"grid": rows("01", "11")}, 1, "reaching the bottom-left cell needs a step left")
    yield Case({"grid": rows("0001", "0001", "0111", "0100", "1100")}, 1, "a staircase going down-left")
    yield Case({"grid": rows("100", "010", "001")}, 3, "a diagonal: corners do not connect")
    yield Case({"grid": rows("101", "000", "101")}, 4, "the four corners: grid[-1] must not wrap around")
    yield Case({"grid": rows("010", "000", "010")}, 2, "top and bottom rows in one column: no wrap-around")
    yield Case({"grid": rows("000", "000", "110")}, 1, "an island only in the last row")
    yield Case({"grid": rows("000", "001", "001")}, 1, "an island only in the last column")
    yield Case({"grid": rows("0000", "0000", "0001")}, 1, "only the bottom-right corner")
    yield Case({"grid": rows("10111", "00001")}, 2, "2x5: wider than tall")
    yield Case({"grid": rows("11", "00", "01", "01", "10")}, 3, "5x2: taller than wide")
    yield Case({"grid": rows("11111", "10001", "10101", "10001", "11111")}, 2, "an island inside a lake")
    yield Case({"grid": rows("1101", "1101", "0011", "1100")}, 3, "islands touching only at corners")
    yield Case(
        {"grid": rows("1111111", "0000001", "1111101", "1000101", "1011101", "1000001", "1111111")},
        1, "a small spiral",
    )
    yield Case({"grid": full(N_MAX, N_MAX, "1")}, 1, "max: 300x300 all land, one island (recursion depth ~9*10^4)")
    yield Case({"grid": full(N_MAX, N_MAX, "0")}, 0, "max: 300x300 all water")
    yield Case({"grid": checkerboard(N_MAX, N_MAX)}, 45_000, "max: 300x300 checkerboard, 45000 one-cell islands")
    yield Case({"grid": snake(N_MAX, N_MAX)}, 1, "max: 300x300 snake, one island 45149 cells long")
    yield Case({"grid": spiral(N_MAX, N_MAX)}, 1, "max: 300x300 spiral, one island")
    yield Case({"grid": rings(N_MAX, N_MAX)}, 75, "max: 300x300 concentric rings, islands inside lakes")
    yield Case({"grid": stripes(N_MAX, N_MAX, horizontal=True)}, 150, "max: 300x300 horizontal stripes")
    yield Case({"grid": stripes(N_MAX, N_MAX, horizontal=False)}, 150, "max: 300x300 vertical stripes")
    yield Case({"grid": random_grid(rng, 1, N_MAX, 0.5)}, note="max: 1x300 random row")
    yield Case({"grid": random_grid(rng, N_MAX, 1, 0.5)}, note="max: 300x1 random column")
    for density in (0.2, 0.45, 0.6, 0.8):
        yield Case({"grid": random_grid(rng, N_MAX, N_MAX, density)}, note=f"max: 300x300 random, {density:.0%} land")
    yield Case({"grid": random_grid(rng, 17, N_MAX, 0.55)}, note="17x300 random, non-square")
    yield Case({"grid": random_grid(rng, N_MAX, 23, 0.55)}, note="300x23 random, non-square")


def full(m, n, cell):
    return [[cell] * n for _ in range(m)]


def checkerboard(m, n):
    return [["1" if (i + j) % 2 == 0 else "0" for j in range(n)] for i in range(m)]


def snake(m, n):
    """Even rows are land; odd rows join them alternately at the right and the left end: one long path."""
    grid = full(m, n, "0")
    for i in range(0, m, 2):
        grid[i] = ["1"] * n
    for i in range(1, m - 1, 2):
        grid[i][n - 1 if i % 4 == 1 else 0] = "1"
    return grid


def spiral(m, n):
    """A one-cell-wide path spiralling inwards from the top-left corner, one cell of water between its turns."""
    grid = full(m, n, "0")
    r = c = d = turns = 0
    grid[0][0] = "1"
    directions = ((0, 1), (1, 0), (0, -1), (-1, 0))
    inside = lambda i, j: 0 <= i < m and 0 <= j < n  # noqa: E731
    while turns < 2:
        dr, dc = directions[d]
        r1, c1, r2, c2 = r + dr, c + dc, r + 2 * dr, c + 2 * dc
        if inside(r1, c1) and grid[r1][c1] == "0" and not (inside(r2, c2) and grid[r2][c2] == "1"):
            r, c, turns = r1, c1, 0
            grid[r][c] = "1"
        else:
            d, turns = (d + 1) % 4, turns + 1
    return grid


def rings(m, n):
    """Concentric square rings, one cell of water between them."""
    return [["1" if min(i, j, m - 1 - i, n - 1 - j) % 2 == 0 else "0" for j in range(n)] for i in range(m)]


def stripes(m, n, horizontal):
    return [["1" if (i if horizontal else j) % 2 == 0 else "0" for j in range(n)] for i in range(m)]


def random_grid(rng, m, n, density):
    return [["1" if rng.random() < density else "0" for _ in range(n)] for _ in range(m)]


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    grid = given["grid"]
    assert isinstance(grid, list) and 1 <= len(grid) <= N_MAX
    n = len(grid[0])
    assert 1 <= n <= N_MAX
    assert all(isinstance(row, list) and len(row) == n for row in grid), "rows of equal length"
    assert all(cell in ("0", "1") and isinstance(cell, str) for row in grid for cell in row), "cells are '0' or '1'"


SIZES = (1444, 5625, 22_500, 90_000)  # for `compare`: cells of a square grid, 38x38 up to 300x300


def sized_input(rng, n):
    side = round(n ** 0.5)
    return {"grid": [["1" if rng.random() < 0.55 else "0" for _ in range(side)] for _ in range(side)]}
