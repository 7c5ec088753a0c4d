"""Hidden tests for search-a-2d-matrix-ii: small matrices with pinned answers (the target in each corner, in the
first column, in the last column, in a row whose first value is not the last one below the target, smaller or
larger than everything, duplicates), then seeded matrices up to 300x300 with the target present at a random cell,
absent but inside the range of values, or outside it.

A matrix is built cell by cell, each value the larger of its upper and left neighbours plus a random step, so rows
and columns are sorted but no row continues where the previous one ended (the LC74 shortcut fails) and no
diagonal or corner gives the answer away.
"""

from harness.catalogue.cases import Case

N_MAX = 300
V_MAX = 10**9

EXAMPLE = [[1, 4, 7, 11, 15], [2, 5, 8, 12, 19], [3, 6, 9, 16, 22], [10, 13, 14, 17, 24], [18, 21, 23, 26, 30]]


def sorted_matrix(rng, m, n, step=(1, 3 * 10**6), start=-V_MAX):
    """Rows and columns non-decreasing: each cell is max(upper, left) + a step drawn from `step`."""
    low, high = step
    matrix = [[0] * n for _ in range(m)]
    for i in range(m):
        row, above = matrix[i], matrix[i - 1] if i else None
        for j in range(n):
            floor = max(above[j] if above else start, row[j - 1] if j else start)
            row[j] = floor + rng.randint(low, high)
    return matrix


def absent_inside(rng, matrix):
    """A value between the smallest and the largest that is not in the matrix (near its middle cell)."""
    present = {v for row in matrix for v in row}
    value = matrix[len(matrix) // 2][len(matrix[0]) // 2]
    while value in present:
        value += rng.choice((-1, 1))
    assert matrix[0][0] < value < matrix[-1][-1]
    return value


def hidden_cases(rng):
    yield Case({"matrix": [[5]], "target": 5}, True, "1x1, found", note_zh="1×1，找到")
    yield Case({"matrix": [[5]], "target": 4}, False, "1x1, target below the only value", note_zh="1×1，target 小于唯一的值")
    yield Case({"matrix": [[5]], "target": 6}, False, "1x1, target above the only value", note_zh="1×1，target 大于唯一的值")
    yield Case({"matrix": [[1, 3, 5, 7, 9]], "target": 7}, True, "a single row", note_zh="只有一行")
    yield Case({"matrix": [[1, 3, 5, 7, 9]], "target": 4}, False, "a single row, absent", note_zh="只有一行，不存在")
    yield Case({"matrix": [[1], [3], [5], [7]], "target": 1}, True, "a single column, the target on top",
               note_zh="只有一列，target 在最上面")
    yield Case({"matrix": EXAMPLE, "target": 1}, True, "the target in the top-left corner", note_zh="target 在左上角")
    yield Case({"matrix": EXAMPLE, "target": 15}, True, "the target in the top-right corner", note_zh="target 在右上角")
    yield Case({"matrix": EXAMPLE, "target": 18}, True, "the target in the bottom-left corner: column 0",
               note_zh="target 在左下角：第 0 列")
    yield Case({"matrix": EXAMPLE, "target": 30}, True, "the target in the bottom-right corner", note_zh="target 在右下角")
    yield Case({"matrix": EXAMPLE, "target": 24}, True, "the target in the last column, above the last row",
               note_zh="target 在最后一列，最后一行之上")
    yield Case({"matrix": EXAMPLE, "target": 26}, True, "the target above the top row's largest value",
               note_zh="target 大于第一行的最大值")
    yield Case({"matrix": EXAMPLE, "target": 12}, True, "the target in row 1, though rows 2 and 3 start below it too",
               note_zh="target 在第 1 行，尽管第 2、3 行的开头也比它小")
    yield Case({"matrix": EXAMPLE, "target": 0}, False, "the target below every value", note_zh="target 比所有值都小")
    yield Case({"matrix": EXAMPLE, "target": 31}, False, "the target above every value", note_zh="target 比所有值都大")
    yield Case({"matrix": [[2, 2], [2, 2]], "target": 2}, True, "all equal, found", note_zh="全部相等，找到")
    yield Case({"matrix": [[2, 2], [2, 2]], "target": 3}, False, "all equal, absent", note_zh="全部相等，不存在")
    yield Case({"matrix": [[1, 1, 4], [1, 3, 4], [2, 3, 5]], "target": 2}, True, "duplicates, the target in column 0",
               note_zh="有重复值，target 在第 0 列")
    yield Case({"matrix": [[-V_MAX, 0], [0, V_MAX]], "target": V_MAX}, True, "extremes: target 10^9",
               note_zh="极值：target 为 10^9")
    yield Case({"matrix": [[-V_MAX, 0], [0, V_MAX]], "target": -V_MAX}, True, "extremes: target -10^9",
               note_zh="极值：target 为 -10^9")
    yield Case({"matrix": [[-V_MAX + 1, 0], [0, V_MAX - 1]], "target": V_MAX}, False, "target 10^9, above the matrix",
               note_zh="target 为 10^9，比矩阵中的值都大")
    big = sorted_matrix(rng, N_MAX, N_MAX)
    for i, j in ((rng.randrange(N_MAX), rng.randrange(N_MAX)) for _ in range(3)):
        yield Case({"matrix": big, "target": big[i][j]}, True, f"max: 300x300, the target at ({i},{j})",
                   note_zh=f"最大：300×300，target 在 ({i},{j})")
    for i, j, where, where_zh in ((0, 0, "top-left", "左上角"), (0, N_MAX - 1, "top-right", "右上角"),
                                  (N_MAX - 1, 0, "bottom-left", "左下角"), (N_MAX - 1, N_MAX - 1, "bottom-right", "右下角")):
        yield Case({"matrix": big, "target": big[i][j]}, True, f"max: 300x300, the target in the {where} corner",
                   note_zh=f"最大：300×300，target 在{where_zh}")
    yield Case({"matrix": big, "target": absent_inside(rng, big)}, False,
               "max: 300x300, absent, between the smallest and largest values",
               note_zh="最大：300×300，不存在，介于最小值与最大值之间")
    yield Case({"matrix": big, "target": -V_MAX}, False, "max: 300x300, target -10^9, below everything",
               note_zh="最大：300×300，target 为 -10^9，比所有值都小")
    yield Case({"matrix": big, "target": V_MAX}, False, "max: 300x300, target 10^9, above everything",
               note_zh="最大：300×300，target 为 10^9，比所有值都大")
    dense = sorted_matrix(rng, N_MAX, N_MAX, step=(0, 2))
    yield Case({"matrix": dense, "target": dense[N_MAX // 2][7]}, True, "max: 300x300, many repeated values",
               note_zh="最大：300×300，大量重复值")
    for m, n in ((N_MAX, 1), (1, N_MAX), (N_MAX, 7), (7, N_MAX)):
        matrix = sorted_matrix(rng, m, n)
        i, j = rng.randrange(m), rng.randrange(n)
        yield Case({"matrix": matrix, "target": matrix[i][j]}, True, f"max: {m}x{n}, the target at ({i},{j})",
                   note_zh=f"最大：{m}×{n}，target 在 ({i},{j})")
        yield Case({"matrix": matrix, "target": absent_inside(rng, matrix)}, False, f"max: {m}x{n}, absent",
                   note_zh=f"最大：{m}×{n}，不存在")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    matrix, target = given["matrix"], given["target"]
    assert isinstance(matrix, list) and 1 <= len(matrix) <= N_MAX, "1 <= m <= 300"
    n = len(matrix[0])
    assert 1 <= n <= N_MAX, "1 <= n <= 300"
    assert all(isinstance(row, list) and len(row) == n for row in matrix), "rows of equal length"
    assert all(type(v) is int and -V_MAX <= v <= V_MAX for row in matrix for v in row), "-10^9 <= matrix[i][j] <= 10^9"
    assert type(target) is int and -V_MAX <= target <= V_MAX, "-10^9 <= target <= 10^9"
    assert all(a <= b for row in matrix for a, b in zip(row, row[1:])), "each row sorted ascending"
    assert all(a <= b for up, down in zip(matrix, matrix[1:]) for a, b in zip(up, down)), "each column sorted ascending"


SIZES = (19, 38, 75, 150, 300)  # for `compare`: the side n of an n x n matrix


def sized_input(rng, n):
    """An n x n matrix and a target absent from it near the middle: the staircase walks about 2n steps, a row
    binary search looks at every row, a scan at every cell."""
    matrix = sorted_matrix(rng, n, n)
    return {"matrix": matrix, "target": absent_inside(rng, matrix)}
