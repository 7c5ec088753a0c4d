"""Hidden tests for rotting-oranges: small shapes with pinned answers, one per classic mistake (no fresh orange at
all, the last empty level counted, fresh oranges left over, one source instead of all, a double-counted orange,
diagonal or wrapped neighbours, in-place cascades, non-square grids), then 10x10 grids: all fresh from a corner
or the centre, one long path (snake, spiral), and seeded random crates.

Cells are the integers 0 (empty), 1 (fresh) and 2 (rotten), as on LeetCode.
"""

from harness.catalogue import kit
from harness.catalogue.cases import Case

N_MAX = 10
EMPTY, FRESH, ROTTEN = 0, 1, 2


def rows(*lines):
    """A grid from lines of digits: rows("211", "110")."""
    return kit.rows(*lines, cell=int)


def with_rotten(grid, *cells):
    """The grid with a rotten orange at each (row, column) of `cells`."""
    for r, c in cells:
        grid[r][c] = ROTTEN
    return grid


def random_crate(rng, m, n, empty, rotten):
    """Each cell empty with probability `empty`, else rotten with probability `rotten`, else fresh."""
    def cell():
        if rng.random() < empty:
            return EMPTY
        return ROTTEN if rng.random() < rotten else FRESH
    return [[cell() for _ in range(n)] for _ in range(m)]


def hidden_cases(rng):
    yield Case({"grid": rows("0")}, 0, "1x1 empty: no orange at all needs 0 minutes, not -1",
               note_zh="1×1 空格子：完全没有橘子，需要 0 分钟，而不是 -1")
    yield Case({"grid": rows("2")}, 0, "1x1 rotten: nothing to rot, the last (empty) level is not a minute",
               note_zh="1×1 腐烂橘子：没有可腐烂的，最后那个空层不算一分钟")
    yield Case({"grid": rows("1")}, -1, "1x1 fresh with no rotten orange", note_zh="1×1 新鲜橘子，没有腐烂的橘子")
    yield Case({"grid": rows("22", "22")}, 0, "all rotten", note_zh="全是腐烂的橘子")
    yield Case({"grid": rows("11", "11")}, -1, "all fresh, no rotten orange", note_zh="全是新鲜橘子，没有腐烂的")
    yield Case({"grid": rows("0000", "0000")}, 0, "all empty: 0 minutes", note_zh="全是空格子：0 分钟")
    yield Case({"grid": rows("21")}, 1, "one minute: a count of levels off by one gives 0 or 2",
               note_zh="一分钟：层数差一会得到 0 或 2")
    yield Case({"grid": rows("21111")}, 4, "a row rotting rightwards: rotting in place while scanning cascades",
               note_zh="向右腐烂的一行：边扫描边原地腐烂会连锁扩散")
    yield Case({"grid": rows("11112")}, 4, "a row rotting leftwards", note_zh="向左腐烂的一行")
    yield Case({"grid": rows("2", "1", "1", "1")}, 3, "a column rotting downwards", note_zh="向下腐烂的一列")
    yield Case({"grid": rows("1", "1", "1", "2")}, 3, "a column rotting upwards", note_zh="向上腐烂的一列")
    yield Case({"grid": rows("2111112")}, 3, "rotten at both ends: every rotten orange is a source at minute 0",
               note_zh="两端都是腐烂橘子：每个腐烂橘子都是第 0 分钟的起点")
    yield Case({"grid": rows("211111", "000001", "211111")}, 6,
               "two sources whose regions meet: the nearer source must win, not the first one searched",
               note_zh="两个起点的区域相接：离得近的起点必须胜出，而不是先搜索的那个")
    yield Case({"grid": rows("2101")}, -1, "a fresh orange behind an empty cell: fresh ones left over",
               note_zh="空格子后面的新鲜橘子：还剩新鲜橘子")
    yield Case({"grid": rows("201")}, -1, "rot does not cross an empty cell", note_zh="腐烂不会越过空格子")
    yield Case({"grid": rows("21201")}, -1,
               "an orange between two rotten ones: counted twice, the fresh count hits 0 too early",
               note_zh="夹在两个腐烂橘子之间的橘子：计数两次，新鲜计数过早归零")
    yield Case({"grid": rows("20", "01")}, -1, "diagonal only: corners do not infect", note_zh="只在对角：角上相接不传染")
    yield Case({"grid": rows("21", "11")}, 2, "2x2 from a corner: diagonal spreading gives 1",
               note_zh="2×2 从一个角开始：沿对角扩散会得到 1")
    yield Case({"grid": rows("1", "0", "2")}, -1, "top and bottom of a column: grid[-1] must not wrap around",
               note_zh="一列的首尾：grid[-1] 不能回绕")
    yield Case({"grid": rows("102")}, -1, "left and right ends of a row: no wrap-around", note_zh="一行的两端：不能回绕")
    yield Case({"grid": rows("2111111111")}, 9, "1x10: wider than tall", note_zh="1×10：宽大于高")
    yield Case({"grid": [[ROTTEN]] + [[FRESH]] * 9}, 9, "10x1: taller than wide", note_zh="10×1：高大于宽")
    yield Case({"grid": rows("11111", "11112")}, 5, "2x5 from the bottom-right corner", note_zh="2×5 从右下角开始")
    yield Case({"grid": rows("2111", "0001", "1111", "1000", "1111")}, 13, "a winding path, 5x4",
               note_zh="5×4 的弯曲路径")
    yield Case({"grid": with_rotten(kit.full(N_MAX, N_MAX, FRESH), (0, 0))}, 18,
               "max: 10x10 all fresh, rotten top-left corner", note_zh="最大：10×10 全是新鲜橘子，左上角腐烂")
    yield Case({"grid": with_rotten(kit.full(N_MAX, N_MAX, FRESH), (9, 9))}, 18,
               "max: 10x10 all fresh, rotten bottom-right corner", note_zh="最大：10×10 全是新鲜橘子，右下角腐烂")
    yield Case({"grid": with_rotten(kit.full(N_MAX, N_MAX, FRESH), (4, 5))}, 10,
               "max: 10x10 all fresh, rotten near the centre", note_zh="最大：10×10 全是新鲜橘子，中心附近腐烂")
    yield Case({"grid": with_rotten(kit.full(N_MAX, N_MAX, FRESH), (0, 0), (9, 9), (0, 9), (9, 0))}, 8,
               "max: 10x10 all fresh, four rotten corners", note_zh="最大：10×10 全是新鲜橘子，四个角腐烂")
    yield Case({"grid": kit.full(N_MAX, N_MAX, ROTTEN)}, 0, "max: 10x10 all rotten", note_zh="最大：10×10 全是腐烂的橘子")
    yield Case({"grid": kit.full(N_MAX, N_MAX, EMPTY)}, 0, "max: 10x10 all empty", note_zh="最大：10×10 全是空格子")
    yield Case({"grid": with_rotten(kit.snake(N_MAX, N_MAX, land=FRESH, water=EMPTY), (0, 0))}, 53,
               "max: 10x10 snake, one path of 54 oranges rotting from one end",
               note_zh="最大：10×10 蛇形，一条 54 个橘子的路径，从一端开始腐烂")
    yield Case({"grid": with_rotten(kit.spiral(N_MAX, N_MAX, land=FRESH, water=EMPTY), (0, 0))},
               note="max: 10x10 spiral, rotting inwards from the outer end", note_zh="最大：10×10 螺旋，从外端向内腐烂")
    yield Case({"grid": with_rotten(kit.spiral(N_MAX, N_MAX, land=FRESH, water=EMPTY), (0, 0), (5, 4))},
               note="max: 10x10 spiral, rotten at both ends", note_zh="最大：10×10 螺旋，两端都腐烂")
    for empty, rotten in ((0.0, 0.02), (0.1, 0.05), (0.2, 0.1), (0.3, 0.05), (0.4, 0.2)):
        yield Case({"grid": random_crate(rng, N_MAX, N_MAX, empty, rotten)},
                   note=f"max: 10x10 random, {empty:.0%} empty, {rotten:.0%} of oranges rotten",
                   note_zh=f"最大：10×10 随机，空格子占 {empty:.0%}，腐烂橘子占橘子的 {rotten:.0%}")
    yield Case({"grid": random_crate(rng, 3, N_MAX, 0.15, 0.1)}, note="3x10 random, non-square",
               note_zh="3×10 随机，非正方形")
    yield Case({"grid": random_crate(rng, N_MAX, 4, 0.15, 0.1)}, note="10x4 random, non-square",
               note_zh="10×4 随机，非正方形")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    grid = given["grid"]
    assert isinstance(grid, list) and 1 <= len(grid) <= N_MAX, "1 <= m <= 10"
    n = len(grid[0])
    assert 1 <= n <= N_MAX, "1 <= n <= 10"
    assert all(isinstance(row, list) and len(row) == n for row in grid), "rows of equal length"
    assert all(type(cell) is int and cell in (0, 1, 2) for row in grid for cell in row), "grid[i][j] is 0, 1 or 2"


SIZES = (4, 9, 25, 49, 100)  # for `compare`: cells of a square grid, 2x2 up to 10x10


def sized_input(rng, n):
    side = round(n ** 0.5)
    return {"grid": with_rotten(kit.full(side, side, FRESH), (0, 0))}
