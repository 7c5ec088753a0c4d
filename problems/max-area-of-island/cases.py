"""Hidden tests for max-area-of-island: small shapes with pinned answers, one per classic mistake, then seeded
50x50 grids (all land first: the deepest recursion, and where an exponential search stops).

Cells are the integers 0 and 1, as on LeetCode. Most cases have several islands of different sizes, so the
island count, the total land and the area of the first or last island all differ from the answer.
"""

from harness.catalogue import kit
from harness.catalogue.cases import Case

N_MAX = 50


def hidden_cases(rng):
    yield Case({"grid": kit.rows("1")}, 1, "1x1 land", note_zh="1×1 陆地")
    yield Case({"grid": kit.rows("0")}, 0, "1x1 water", note_zh="1×1 水")
    yield Case({"grid": kit.rows("10110111")}, 3, "a single row", note_zh="只有一行")
    yield Case({"grid": kit.rows("1", "1", "0", "1", "1", "1", "1")}, 4, "a single column: the area is vertical",
               note_zh="只有一列：面积沿竖直方向")
    yield Case({"grid": kit.rows("0000", "0000", "0000", "0000")}, 0, "all water: no island, area 0",
               note_zh="全是水：没有岛屿，面积为 0")
    yield Case({"grid": kit.rows("111", "111", "111")}, 9, "all land, small", note_zh="全是陆地，小网格")
    yield Case({"grid": kit.rows("10000", "10111", "10000", "10000", "00000")}, 4,
               "a vertical bar of 4 beats a horizontal bar of 3", note_zh="4 格的竖条胜过 3 格的横条")
    yield Case({"grid": kit.rows("101", "010", "101")}, 1, "five single cells meeting at corners", note_zh="五个单格在角上相接")
    yield Case({"grid": kit.rows("100", "010", "001")}, 1, "a diagonal: corners do not connect", note_zh="对角线：角上相接不算连通")
    yield Case({"grid": kit.rows("101", "000", "101")}, 1, "the four corners: grid[-1] must not wrap around",
               note_zh="四个角：grid[-1] 不能回绕")
    yield Case({"grid": kit.rows("010", "000", "010")}, 1, "top and bottom rows in one column: no wrap-around",
               note_zh="同一列的首行和末行：不能回绕")
    yield Case({"grid": kit.rows("101", "111")}, 5, "a U: reaching the right arm needs a step up",
               note_zh="U 形：到达右臂需要向上走一步")
    yield Case({"grid": kit.rows("01", "11")}, 3, "reaching the bottom-left cell needs a step left",
               note_zh="到达左下角的格子需要向左走一步")
    yield Case({"grid": kit.rows("0001", "0001", "0111", "0100", "1100")}, 8, "a staircase going down-left",
               note_zh="向左下延伸的阶梯")
    yield Case({"grid": kit.rows("010", "111", "010")}, 5, "a plus sign", note_zh="加号形")
    yield Case({"grid": kit.rows("110", "000", "111")}, 3, "the largest island comes last", note_zh="最大的岛屿在最后")
    yield Case({"grid": kit.rows("111", "000", "110")}, 3, "the largest island comes first", note_zh="最大的岛屿在最前")
    yield Case({"grid": kit.rows("100", "000", "111", "000", "110")}, 3, "the largest island is in the middle",
               note_zh="最大的岛屿在中间")
    yield Case({"grid": kit.rows("000", "000", "110")}, 2, "an island only in the last row", note_zh="只有最后一行有岛屿")
    yield Case({"grid": kit.rows("000", "001", "001")}, 2, "an island only in the last column", note_zh="只有最后一列有岛屿")
    yield Case({"grid": kit.rows("10111", "00001")}, 4, "2x5: wider than tall", note_zh="2×5：宽大于高")
    yield Case({"grid": kit.rows("11", "00", "01", "01", "11")}, 4, "5x2: taller than wide", note_zh="5×2：高大于宽")
    yield Case({"grid": kit.rows("11111", "10001", "10101", "10001", "11111")}, 16,
               "a ring around a lake with an islet", note_zh="环形岛屿围着一个湖，湖中有小岛")
    yield Case({"grid": kit.full(N_MAX, N_MAX, 1)}, 2500, "max: 50x50 all land, area 2500",
               note_zh="最大：50×50 全是陆地，面积 2500")
    yield Case({"grid": kit.full(N_MAX, N_MAX, 0)}, 0, "max: 50x50 all water", note_zh="最大：50×50 全是水")
    yield Case({"grid": kit.checkerboard(N_MAX, N_MAX)}, 1, "max: 50x50 checkerboard, 1250 one-cell islands",
               note_zh="最大：50×50 棋盘格，1250 个单格岛屿")
    yield Case({"grid": kit.snake(N_MAX, N_MAX)}, 1274, "max: 50x50 snake, one island of 1274 cells",
               note_zh="最大：50×50 蛇形，一个 1274 格的岛屿")
    yield Case({"grid": kit.spiral(N_MAX, N_MAX)}, 1300, "max: 50x50 spiral, one island of 1300 cells",
               note_zh="最大：50×50 螺旋，一个 1300 格的岛屿")
    yield Case({"grid": kit.stripes(N_MAX, N_MAX, horizontal=False)}, 50,
               "max: 50x50 vertical stripes, 25 islands of 50", note_zh="最大：50×50 竖条纹，25 个 50 格的岛屿")
    yield Case({"grid": kit.stripes(N_MAX, N_MAX, horizontal=True)}, 50, "max: 50x50 horizontal stripes",
               note_zh="最大：50×50 横条纹")
    yield Case({"grid": kit.rings(N_MAX, N_MAX)}, 196, "max: 50x50 concentric rings, the outer one is largest",
               note_zh="最大：50×50 同心环，最外圈最大")
    yield Case({"grid": two_blocks(N_MAX, N_MAX)}, 1500, "max: 50x50, a block of 1500 then a block of 950",
               note_zh="最大：50×50，先是 1500 格的块，再是 950 格的块")
    yield Case({"grid": kit.random_grid(rng, 1, N_MAX, 0.6)}, note="max: 1x50 random row", note_zh="最大：1×50 随机单行")
    yield Case({"grid": kit.random_grid(rng, N_MAX, 1, 0.6)}, note="max: 50x1 random column", note_zh="最大：50×1 随机单列")
    for density in (0.3, 0.5, 0.6, 0.7):
        yield Case({"grid": kit.random_grid(rng, N_MAX, N_MAX, density)}, note=f"max: 50x50 random, {density:.0%} land",
                   note_zh=f"最大：50×50 随机，陆地占 {density:.0%}")
    yield Case({"grid": kit.random_grid(rng, 7, N_MAX, 0.55)}, note="7x50 random, non-square", note_zh="7×50 随机，非正方形")
    yield Case({"grid": kit.random_grid(rng, N_MAX, 11, 0.55)}, note="50x11 random, non-square",
               note_zh="50×11 随机，非正方形")


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
