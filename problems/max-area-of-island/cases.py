"""Hidden tests for max-area-of-island: small shapes with pinned answers, one per classic mistake, then seeded
50x50 grids (all land first: the deepest recursion, and where an exponential search stops).

Cells are the integers 0 and 1, as on LeetCode. Most cases have several islands of different sizes, so the
island count, the total land and the area of the first or last island all differ from the answer.
"""

from harness.catalogue import kit
from harness.catalogue.cases import Case

N_MAX = 50


def hidden_cases(rng):
    yield Case({"grid": kit.rows("1")}, 1, "1x1 land")
    yield Case({"grid": kit.rows("0")}, 0, "1x1 water")
    yield Case({"grid": kit.rows("10110111")}, 3, "a single row")
    yield Case({"grid": kit.rows("1", "1", "0", "1", "1", "1", "1")}, 4, "a single column: the area is vertical")
    yield Case({"grid": kit.rows("0000", "0000", "0000", "0000")}, 0, "all water: no island, area 0")
    yield Case({"grid": kit.rows("111", "111", "111")}, 9, "all land, small")
    yield Case({"grid": kit.rows("10000", "10111", "10000", "10000", "00000")}, 4,
               "a vertical bar of 4 beats a horizontal bar of 3")
    yield Case({"grid": kit.rows("101", "010", "101")}, 1, "five single cells meeting at corners")
    yield Case({"grid": kit.rows("100", "010", "001")}, 1, "a diagonal: corners do not connect")
    yield Case({"grid": kit.rows("101", "000", "101")}, 1, "the four corners: grid[-1] must not wrap around")
    yield Case({"grid": kit.rows("010", "000", "010")}, 1, "top and bottom rows in one column: no wrap-around")
    yield Case({"grid": kit.rows("101", "111")}, 5, "a U: reaching the right arm needs a step up")
    yield Case({"grid": kit.rows("01", "11")}, 3, "reaching the bottom-left cell needs a step left")
    yield Case({"grid": kit.rows("0001", "0001", "0111", "0100", "1100")}, 8, "a staircase going down-left")
    yield Case({"grid": kit.rows("010", "111", "010")}, 5, "a plus sign")
    yield Case({"grid": kit.rows("110", "000", "111")}, 3, "the largest island comes last")
    yield Case({"grid": kit.rows("111", "000", "110")}, 3, "the largest island comes first")
    yield Case({"grid": kit.rows("100", "000", "111", "000", "110")}, 3, "the largest island is in the middle")
    yield Case({"grid": kit.rows("000", "000", "110")}, 2, "an island only in the last row")
    yield Case({"grid": kit.rows("000", "001", "001")}, 2, "an island only in the last column")
    yield Case({"grid": kit.rows("10111", "00001")}, 4, "2x5: wider than tall")
    yield Case({"grid": kit.rows("11", "00", "01", "01", "11")}, 4, "5x2: taller than wide")
    yield Case({"grid": kit.rows("11111", "10001", "10101", "10001", "11111")}, 16,
               "a ring around a lake with an islet")
    yield Case({"grid": kit.full(N_MAX, N_MAX, 1)}, 2500, "max: 50x50 all land, area 2500")
    yield Case({"grid": kit.full(N_MAX, N_MAX, 0)}, 0, "max: 50x50 all water")
    yield Case({"grid": kit.checkerboard(N_MAX, N_MAX)}, 1, "max: 50x50 checkerboard, 1250 one-cell islands")
    yield Case({"grid": kit.snake(N_MAX, N_MAX)}, 1274, "max: 50x50 snake, one island of 1274 cells")
    yield Case({"grid": kit.spiral(N_MAX, N_MAX)}, 1300, "max: 50x50 spiral, one island of 1300 cells")
    yield Case({"grid": kit.stripes(N_MAX, N_MAX, horizontal=False)}, 50,
               "max: 50x50 vertical stripes, 25 islands of 50")
    yield Case({"grid": kit.stripes(N_MAX, N_MAX, horizontal=True)}, 50, "max: 50x50 horizontal stripes")
    yield Case({"grid": kit.rings(N_MAX, N_MAX)}, 196, "max: 50x50 concentric rings, the outer one is largest")
    yield Case({"grid": two_blocks(N_MAX, N_MAX)}, 1500, "max: 50x50, a block of 1500 then a block of 950")
    yield Case({"grid": kit.random_grid(rng, 1, N_MAX, 0.6)}, note="max: 1x50 random row")
    yield Case({"grid": kit.random_grid(rng, N_MAX, 1, 0.6)}, note="max: 50x1 random column")
    for density in (0.3, 0.5, 0.6, 0.7):
        yield Case({"grid": kit.random_grid(rng, N_MAX, N_MAX, density)}, note=f"max: 50x50 random, {density:.0%} land")
    yield Case({"grid": kit.random_grid(rng, 7, N_MAX, 0.55)}, note="7x50 random, non-square")
    yield Case({"grid": kit.random_grid(rng, N_MAX, 11, 0.55)}, note="50x11 random, non-square")


def two_blocks(m, n):
    """Land in rows 0..29 and 31..49, water in row 30: the larger island first, the smaller one last."""
    return [[0 if i == 30 else 1 for _ in range(n)] for i in range(m)]


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    grid = given["grid"]
    assert isinstance(grid, list) and 1 <= len(grid) <= N_MAX
    n = len(grid[0])
    assert 1 <= n <= N_MAX
    assert all(isinstance(row, list) and len(row) == n for row in grid), "rows of equal length"
    assert all(type(cell) is int and cell in (0, 1) for row in grid for cell in row), "cells are the integers 0 or 1"


SIZES = (100, 400, 900, 1600, 2500)  # for `compare`: cells of a square grid, 10x10 up to 50x50


def sized_input(rng, n):
    side = round(n ** 0.5)
    return {"grid": kit.random_grid(rng, side, side, 0.6)}
