"""Hidden tests for minimum-path-sum: one cell, one row, one column, non-square grids both ways, a greedy trap,
a free snake path that only a route with up or left moves can follow, border sums of 4 * 10^4 (a too small
"infinity"), a costly first cell, zeros, and 200 x 200 grids. Catches greedy, borders not accumulated, a missing
neighbour counted 0, four-direction shortest paths, a small sentinel, the first cell left out, L-shaped routes
only, and swapped dimensions.
"""

from harness.catalogue import kit
from harness.catalogue.cases import Case

SIDE_MAX = 200
V_MAX = 200


def hidden_cases(rng):
    yield Case({"grid": [[7]]}, 7, "one cell: counted once", note_zh="只有一个格子：只计一次")
    yield Case({"grid": [[0]]}, 0, "one cell of 0", note_zh="只有一个值为 0 的格子")
    yield Case({"grid": [[1, 2, 3, 4]]}, 10, "one row: a running sum", note_zh="只有一行：前缀和")
    yield Case({"grid": [[4], [3], [2], [1]]}, 10, "one column: a running sum", note_zh="只有一列：前缀和")
    yield Case({"grid": [[1, 1, 1], [9, 9, 1]]}, 4,
               "the top row must accumulate: cost[0][j] = grid[0][j], or 0 for the missing cell above, answers 2",
               note_zh="第一行必须累加：cost[0][j] = grid[0][j]，或把上方不存在的格子当作 0，会得到 2")
    yield Case({"grid": [[1, 9], [1, 9], [1, 1]]}, 4, "the left column must accumulate",
               note_zh="第一列必须累加")
    yield Case({"grid": [[0, 1, 100], [2, 100, 100], [0, 0, 0]]}, 2,
               "greedy steps right to the 1 and then pays 100; the best goes down first",
               note_zh="贪心先向右走到 1，之后要付 100；最优路线先向下走")
    yield Case({"grid": [[200, 0], [0, 0]]}, 200, "the first cell costs 200 and must be counted",
               note_zh="起点格子代价为 200，必须计入")
    yield Case({"grid": [[0, 0], [0, 200]]}, 200, "the last cell costs 200 and must be counted",
               note_zh="终点格子代价为 200，必须计入")
    yield Case({"grid": [[1, 5, 5, 5], [1, 1, 5, 5], [5, 1, 1, 5], [5, 5, 1, 1]]}, 7,
               "the best is a staircase: neither all-right-then-down nor all-down-then-right",
               note_zh="最优路线是阶梯形：既不是先一路向右再向下，也不是先一路向下再向右")
    yield Case({"grid": kit.snake(5, 5, land=0, water=9)}, 9,
               "a free snake path needs left moves: four-direction shortest paths answer 0",
               note_zh="免费的蛇形路径需要向左走：四方向最短路会得到 0")
    yield Case({"grid": [[0] * 3 for _ in range(4)]}, 0, "all zeros", note_zh="全是 0")
    yield Case({"grid": kit.full(SIDE_MAX, SIDE_MAX, V_MAX)}, 399 * V_MAX,
               "max: 200 x 200 of 200, cost 79800: the borders' running sums reach 40000, past a small \"infinity\"",
               note_zh="最大：200 x 200，每格 200，代价 79800：边界的前缀和可达 40000，超过偏小的“无穷大”")
    yield Case({"grid": kit.snake(SIDE_MAX - 1, SIDE_MAX, land=0, water=V_MAX)},
               note="max: 199 x 200, a free snake path that turns back: only right and down count",
               note_zh="最大：199 x 200，免费的蛇形路径会折返：只能向右和向下")
    yield Case({"grid": [[rng.randint(0, V_MAX)] for _ in range(SIDE_MAX)]}, note="max: 200 x 1",
               note_zh="最大：200 x 1")
    yield Case({"grid": [[rng.randint(0, V_MAX) for _ in range(SIDE_MAX)]]}, note="max: 1 x 200",
               note_zh="最大：1 x 200")
    yield Case({"grid": random_grid(rng, 3, SIDE_MAX)}, note="max: 3 x 200, not square",
               note_zh="最大：3 x 200，非方阵")
    yield Case({"grid": random_grid(rng, SIDE_MAX, 7)}, note="max: 200 x 7, not square",
               note_zh="最大：200 x 7，非方阵")
    for _ in range(2):
        yield Case({"grid": random_grid(rng, SIDE_MAX, SIDE_MAX)}, note="max: 200 x 200, random costs",
                   note_zh="最大：200 x 200，随机代价")
    yield Case({"grid": [[rng.choice([0, 0, 0, V_MAX]) for _ in range(SIDE_MAX)] for _ in range(SIDE_MAX)]},
               note="max: 200 x 200, mostly free cells among walls of 200", note_zh="最大：200 x 200，大多是免费格子，夹着代价 200 的墙")
    for _ in range(3):
        m, n = rng.randint(2, 12), rng.randint(2, 12)
        yield Case({"grid": [[rng.randint(0, 9) for _ in range(n)] for _ in range(m)]},
                   note="a small random grid, ties", note_zh="随机小网格，有并列")


def random_grid(rng, m, n):
    return [[rng.randint(0, V_MAX) for _ in range(n)] for _ in range(m)]


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    grid = given["grid"]
    assert isinstance(grid, list) and 1 <= len(grid) <= SIDE_MAX, "1 <= m <= 200"
    n = len(grid[0])
    assert 1 <= n <= SIDE_MAX, "1 <= n <= 200"
    assert all(isinstance(row, list) and len(row) == n for row in grid), "every row has n cells"
    assert all(type(x) is int and 0 <= x <= V_MAX for row in grid for x in row), "0 <= grid[i][j] <= 200"


SIZES = (25 * SIDE_MAX, 50 * SIDE_MAX, 100 * SIDE_MAX, SIDE_MAX * SIDE_MAX)  # for `compare`: cells, 200 rows


def sized_input(rng, n):
    return {"grid": random_grid(rng, SIDE_MAX, n // SIDE_MAX)}
