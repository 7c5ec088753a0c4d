"""Hidden tests for number-of-islands: small shapes with pinned answers, one per classic mistake, then seeded
300x300 grids (all land first: the deepest recursion, and where a quadratic solution stops).

Cells are the strings "0" and "1", as on LeetCode.
"""

from harness.catalogue import kit
from harness.catalogue.cases import Case

N_MAX = 300
CELLS = {"land": "1", "water": "0"}


def rows(*lines):
    """A grid from lines of 0s and 1s: rows("101", "111")."""
    return kit.rows(*lines, cell=str)


def hidden_cases(rng):
    yield Case({"grid": rows("1")}, 1, "1x1 land", note_zh="1×1 陆地")
    yield Case({"grid": rows("0")}, 0, "1x1 water", note_zh="1×1 水")
    yield Case({"grid": rows("1011001")}, 3, "a single row", note_zh="只有一行")
    yield Case({"grid": rows("1", "1", "0", "1", "0", "0", "1")}, 3, "a single column", note_zh="只有一列")
    yield Case({"grid": rows("000", "000", "000")}, 0, "all water", note_zh="全是水")
    yield Case({"grid": rows("111", "111", "111")}, 1, "all land, small", note_zh="全是陆地，小网格")
    yield Case({"grid": rows("101", "111")}, 1, "a U: reaching the right arm needs a step up",
               note_zh="U 形：到达右臂需要向上走一步")
    yield Case({"grid": rows("01", "11")}, 1, "reaching the bottom-left cell needs a step left",
               note_zh="到达左下角的格子需要向左走一步")
    yield Case({"grid": rows("0001", "0001", "0111", "0100", "1100")}, 1, "a staircase going down-left",
               note_zh="向左下延伸的阶梯")
    yield Case({"grid": rows("100", "010", "001")}, 3, "a diagonal: corners do not connect", note_zh="对角线：角上相接不算连通")
    yield Case({"grid": rows("101", "000", "101")}, 4, "the four corners: grid[-1] must not wrap around",
               note_zh="四个角：grid[-1] 不能回绕")
    yield Case({"grid": rows("010", "000", "010")}, 2, "top and bottom rows in one column: no wrap-around",
               note_zh="同一列的首行和末行：不能回绕")
    yield Case({"grid": rows("000", "000", "110")}, 1, "an island only in the last row", note_zh="只有最后一行有岛屿")
    yield Case({"grid": rows("000", "001", "001")}, 1, "an island only in the last column", note_zh="只有最后一列有岛屿")
    yield Case({"grid": rows("0000", "0000", "0001")}, 1, "only the bottom-right corner", note_zh="只有右下角是陆地")
    yield Case({"grid": rows("10111", "00001")}, 2, "2x5: wider than tall", note_zh="2×5：宽大于高")
    yield Case({"grid": rows("11", "00", "01", "01", "10")}, 3, "5x2: taller than wide", note_zh="5×2：高大于宽")
    yield Case({"grid": rows("11111", "10001", "10101", "10001", "11111")}, 2, "an island inside a lake",
               note_zh="湖中的岛屿")
    yield Case({"grid": rows("1101", "1101", "0011", "1100")}, 3, "islands touching only at corners",
               note_zh="岛屿之间只在角上相接")
    yield Case(
        {"grid": rows("1111111", "0000001", "1111101", "1000101", "1011101", "1000001", "1111111")},
        1, "a small spiral", note_zh="小螺旋",
    )
    yield Case({"grid": kit.full(N_MAX, N_MAX, "1")}, 1, "max: 300x300 all land, one island (recursion depth ~9*10^4)",
               note_zh="最大：300×300 全是陆地，一个岛屿（递归深度约 9*10^4）")
    yield Case({"grid": kit.full(N_MAX, N_MAX, "0")}, 0, "max: 300x300 all water", note_zh="最大：300×300 全是水")
    yield Case({"grid": kit.checkerboard(N_MAX, N_MAX, **CELLS)}, 45_000,
               "max: 300x300 checkerboard, 45000 one-cell islands", note_zh="最大：300×300 棋盘格，45000 个单格岛屿")
    yield Case({"grid": kit.snake(N_MAX, N_MAX, **CELLS)}, 1, "max: 300x300 snake, one island 45149 cells long",
               note_zh="最大：300×300 蛇形，一个长 45149 格的岛屿")
    yield Case({"grid": kit.spiral(N_MAX, N_MAX, **CELLS)}, 1, "max: 300x300 spiral, one island",
               note_zh="最大：300×300 螺旋，一个岛屿")
    yield Case({"grid": kit.rings(N_MAX, N_MAX, **CELLS)}, 75, "max: 300x300 concentric rings, islands inside lakes",
               note_zh="最大：300×300 同心环，湖中有岛")
    yield Case({"grid": kit.stripes(N_MAX, N_MAX, horizontal=True, **CELLS)}, 150, "max: 300x300 horizontal stripes",
               note_zh="最大：300×300 横条纹")
    yield Case({"grid": kit.stripes(N_MAX, N_MAX, horizontal=False, **CELLS)}, 150, "max: 300x300 vertical stripes",
               note_zh="最大：300×300 竖条纹")
    yield Case({"grid": kit.random_grid(rng, 1, N_MAX, 0.5, **CELLS)}, note="max: 1x300 random row",
               note_zh="最大：1×300 随机单行")
    yield Case({"grid": kit.random_grid(rng, N_MAX, 1, 0.5, **CELLS)}, note="max: 300x1 random column",
               note_zh="最大：300×1 随机单列")
    for density in (0.2, 0.45, 0.6, 0.8):
        yield Case({"grid": kit.random_grid(rng, N_MAX, N_MAX, density, **CELLS)},
                   note=f"max: 300x300 random, {density:.0%} land", note_zh=f"最大：300×300 随机，陆地占 {density:.0%}")
    yield Case({"grid": kit.random_grid(rng, 17, N_MAX, 0.55, **CELLS)}, note="17x300 random, non-square",
               note_zh="17×300 随机，非正方形")
    yield Case({"grid": kit.random_grid(rng, N_MAX, 23, 0.55, **CELLS)}, note="300x23 random, non-square",
               note_zh="300×23 随机，非正方形")


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
    return {"grid": kit.random_grid(rng, side, side, 0.55, **CELLS)}
