"""Hidden tests for spiral-matrix: every shape that trips the ring bookkeeping (a single row, a single column, wide
and tall rectangles whose middle row or column is left over, odd squares with a centre cell), then seeded random
matrices up to the 10x10 maximum.

Most matrices hold distinct values, so that an answer in the wrong order, with a cell twice or a cell missing
always differs from the expected list; a few have repeated values and the extremes +-100.
"""

from harness.catalogue.cases import Case

N_MAX = 10
V_MAX = 100


def counting(m, n, start=1):
    """The m x n matrix start, start + 1, ... row by row: its spiral is easy to read in a failing case."""
    return [[start + i * n + j for j in range(n)] for i in range(m)]


def hidden_cases(rng):
    yield Case({"matrix": [[7]]}, [7], "1x1", note_zh="1×1")
    yield Case({"matrix": counting(1, 4)}, [1, 2, 3, 4], "a single row: no bottom row to read back",
               note_zh="只有一行：没有可以倒着读的下边一行")
    yield Case({"matrix": counting(4, 1)}, [1, 2, 3, 4], "a single column: no left column to read back",
               note_zh="只有一列：没有可以倒着读的左边一列")
    yield Case({"matrix": counting(1, 2)}, [1, 2], "1x2", note_zh="1×2")
    yield Case({"matrix": counting(2, 1)}, [1, 2], "2x1", note_zh="2×1")
    yield Case({"matrix": counting(2, 2)}, [1, 2, 4, 3], "2x2: one ring, no middle", note_zh="2×2：一圈，没有中间部分")
    yield Case({"matrix": counting(3, 5)}, [1, 2, 3, 4, 5, 10, 15, 14, 13, 12, 11, 6, 7, 8, 9],
               "3x5: a middle row is left over and must be read once", note_zh="3×5：剩下中间一行，只能读一次")
    yield Case({"matrix": counting(5, 3)}, [1, 2, 3, 6, 9, 12, 15, 14, 13, 10, 7, 4, 5, 8, 11],
               "5x3: a middle column is left over and must be read once", note_zh="5×3：剩下中间一列，只能读一次")
    yield Case({"matrix": counting(3, 3)}, [1, 2, 3, 6, 9, 8, 7, 4, 5], "3x3: the centre cell, once",
               note_zh="3×3：中心格子，只读一次")
    yield Case({"matrix": counting(5, 5)},
               [1, 2, 3, 4, 5, 10, 15, 20, 25, 24, 23, 22, 21, 16, 11, 6, 7, 8, 9, 14, 19, 18, 17, 12, 13],
               "5x5: two rings and a centre", note_zh="5×5：两圈加一个中心")
    yield Case({"matrix": counting(4, 4)}, [1, 2, 3, 4, 8, 12, 16, 15, 14, 13, 9, 5, 6, 7, 11, 10],
               "4x4: two rings, nothing in the middle", note_zh="4×4：两圈，中间没有剩余")
    yield Case({"matrix": counting(2, 5)}, [1, 2, 3, 4, 5, 10, 9, 8, 7, 6], "2x5: wider than tall, one ring",
               note_zh="2×5：宽大于高，只有一圈")
    yield Case({"matrix": counting(5, 2)}, [1, 2, 4, 6, 8, 10, 9, 7, 5, 3], "5x2: taller than wide, one ring",
               note_zh="5×2：高大于宽，只有一圈")
    yield Case({"matrix": counting(4, 6)}, note="4x6: an even number of rows, wider than tall",
               note_zh="4×6：偶数行，宽大于高")
    yield Case({"matrix": counting(6, 4)}, note="6x4: an even number of columns, taller than wide",
               note_zh="6×4：偶数列，高大于宽")
    yield Case({"matrix": [[-V_MAX, V_MAX], [V_MAX, -V_MAX], [0, 0]]}, [-V_MAX, V_MAX, -V_MAX, 0, 0, V_MAX],
               "the extremes -100 and 100, and zeros", note_zh="极值 -100 与 100，以及 0")
    yield Case({"matrix": [[-V_MAX] * 3 for _ in range(3)]}, [-V_MAX] * 9, "all equal", note_zh="全部相等")
    yield Case({"matrix": counting(1, N_MAX)}, list(range(1, 11)), "max: 1x10, a single row", note_zh="最大：1×10，只有一行")
    yield Case({"matrix": counting(N_MAX, 1)}, list(range(1, 11)), "max: 10x1, a single column",
               note_zh="最大：10×1，只有一列")
    for m, n in ((N_MAX, N_MAX), (N_MAX, N_MAX), (9, N_MAX), (N_MAX, 9), (3, N_MAX), (N_MAX, 3), (7, 9)):
        top = "max: " if (m, n) == (N_MAX, N_MAX) else ""
        yield Case({"matrix": distinct(rng, m, n)}, note=f"{top}{m}x{n}, random distinct values",
                   note_zh=f"{'最大：' if top else ''}{m}×{n}，随机且互不相同的值")
    yield Case({"matrix": [[rng.randint(-2, 2) for _ in range(N_MAX)] for _ in range(N_MAX)]},
               note="max: 10x10, values -2..2 repeated", note_zh="最大：10×10，值为 -2..2，大量重复")


def distinct(rng, m, n):
    values = rng.sample(range(-V_MAX, V_MAX + 1), m * n)
    return [values[i * n:(i + 1) * n] for i in range(m)]


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    matrix = given["matrix"]
    assert isinstance(matrix, list) and 1 <= len(matrix) <= N_MAX, "1 <= m <= 10"
    n = len(matrix[0])
    assert 1 <= n <= N_MAX, "1 <= n <= 10"
    assert all(isinstance(row, list) and len(row) == n for row in matrix), "rows of equal length"
    assert all(type(v) is int and -V_MAX <= v <= V_MAX for row in matrix for v in row), "-100 <= matrix[i][j] <= 100"


SHAPES = {6: (2, 3), 12: (3, 4), 25: (5, 5), 50: (5, 10), 100: (10, 10)}
SIZES = tuple(SHAPES)  # for `compare`: the number of cells, up to the 10x10 maximum


def sized_input(rng, n):
    m, width = SHAPES[n]
    return {"matrix": distinct(rng, m, width)}
