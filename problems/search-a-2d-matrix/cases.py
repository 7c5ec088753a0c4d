"""Hidden tests for search-a-2d-matrix: 1x1 (found, below, above); a single row and a single column (targets at
their ends); the example matrix with the target in each corner (the bottom-right is the last position of a
flattened search), first and last in a row (choosing the row by its first or its last value), inside a row but not
first (a row chosen with bisect_left on the first column is the next one), between two rows, below and above
everything; duplicates within rows; the extremes; then seeded matrices up to 100x100, square and not (dividing a
position by m instead of n), with the target present, at the corners, at a row's ends, or absent in a row or
between rows."""

from harness.catalogue.cases import Case

M_MAX = N_MAX = 100
V_MAX = 10**4

EXAMPLE = [[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]]


def row_major(rng, m, n, steps=(0, 1, 1, 2, 3), gap=(1, 5)):
    """An m x n matrix whose rows are non-decreasing (steps drawn from `steps`) and each row starts above the
    previous row's last value (by a step drawn from `gap`)."""
    value = -V_MAX + rng.randint(0, 500)
    matrix = []
    for _ in range(m):
        row = []
        for _ in range(n):
            row.append(value)
            value += rng.choice(steps)
        matrix.append(row)
        value = row[-1] + rng.randint(*gap)
    assert matrix[-1][-1] <= V_MAX
    return matrix


def absent_in_row(rng, matrix, r):
    """A value absent from row r, strictly between its first and last values."""
    row = matrix[r]
    gaps = [v for v in range(row[0] + 1, row[-1]) if v not in set(row)]
    return rng.choice(gaps)


def between_rows(rng, matrix):
    """A value above one row's last value and below the next row's first, for a pair of rows with such a gap."""
    r = rng.randrange(len(matrix) - 1)
    while matrix[r + 1][0] - matrix[r][-1] < 2:
        r = (r + 1) % (len(matrix) - 1)
    return rng.randint(matrix[r][-1] + 1, matrix[r + 1][0] - 1)


def hidden_cases(rng):
    yield Case({"matrix": [[5]], "target": 5}, True, "1x1, found", note_zh="1×1，找到")
    yield Case({"matrix": [[5]], "target": 4}, False, "1x1, target below the only value", note_zh="1×1，target 比唯一的值小")
    yield Case({"matrix": [[5]], "target": 6}, False, "1x1, target above the only value", note_zh="1×1，target 比唯一的值大")
    yield Case({"matrix": [[1, 3, 5, 7, 9]], "target": 9}, True, "a single row, the target last", note_zh="只有一行，target 在最后")
    yield Case({"matrix": [[1, 3, 5, 7, 9]], "target": 4}, False, "a single row, absent", note_zh="只有一行，不存在")
    yield Case({"matrix": [[1], [3], [5], [7]], "target": 7}, True, "a single column, the target in the last row",
               note_zh="只有一列，target 在最后一行")
    yield Case({"matrix": [[1], [3], [5], [7]], "target": 1}, True, "a single column, the target on top",
               note_zh="只有一列，target 在最上面")
    yield Case({"matrix": [[1], [3], [5], [7]], "target": 4}, False, "a single column, absent", note_zh="只有一列，不存在")
    yield Case({"matrix": EXAMPLE, "target": 1}, True, "the target in the top-left corner", note_zh="target 在左上角")
    yield Case({"matrix": EXAMPLE, "target": 7}, True, "the target in the top-right corner: the last of a row",
               note_zh="target 在右上角：一行的最后一个")
    yield Case({"matrix": EXAMPLE, "target": 23}, True, "the target in the bottom-left corner: the first of the last row",
               note_zh="target 在左下角：最后一行的第一个")
    yield Case({"matrix": EXAMPLE, "target": 60}, True, "the target in the bottom-right corner: the last position",
               note_zh="target 在右下角：最后一个位置")
    yield Case({"matrix": EXAMPLE, "target": 10}, True, "the target is the first value of a middle row",
               note_zh="target 是中间某行的第一个值")
    yield Case({"matrix": EXAMPLE, "target": 20}, True, "the target is the last value of a middle row",
               note_zh="target 是中间某行的最后一个值")
    yield Case({"matrix": EXAMPLE, "target": 11}, True, "the target inside a row, not its first value",
               note_zh="target 在某行的中间，不是该行的第一个值")
    yield Case({"matrix": EXAMPLE, "target": 21}, False, "between two rows: above 20, below 23",
               note_zh="介于两行之间：大于 20，小于 23")
    yield Case({"matrix": EXAMPLE, "target": 0}, False, "the target below every value", note_zh="target 比所有值都小")
    yield Case({"matrix": EXAMPLE, "target": 61}, False, "the target above every value", note_zh="target 比所有值都大")
    yield Case({"matrix": [[1, 1, 2], [3, 3, 3], [4, 5, 5]], "target": 3}, True, "duplicates within rows",
               note_zh="行内有重复值")
    yield Case({"matrix": [[1, 1, 2], [3, 3, 3], [4, 5, 5]], "target": 6}, False, "duplicates within rows, absent above",
               note_zh="行内有重复值，target 比所有值都大")
    yield Case({"matrix": [[-V_MAX, 0], [1, V_MAX]], "target": V_MAX}, True, "extremes: target 10^4",
               note_zh="极值：target 为 10^4")
    yield Case({"matrix": [[-V_MAX, 0], [1, V_MAX]], "target": -V_MAX}, True, "extremes: target -10^4",
               note_zh="极值：target 为 -10^4")
    yield Case({"matrix": [[-V_MAX + 1, 0], [1, V_MAX - 1]], "target": -V_MAX}, False, "target -10^4, below the matrix",
               note_zh="target 为 -10^4，比矩阵中的值都小")
    big = row_major(rng, M_MAX, N_MAX)
    i, j = rng.randrange(M_MAX), rng.randrange(1, N_MAX - 1)
    yield Case({"matrix": big, "target": big[i][j]}, True, f"max: 100x100, the target at ({i},{j})",
               note_zh=f"最大：100×100，target 在 ({i},{j})")
    yield Case({"matrix": big, "target": big[-1][-1]}, True, "max: 100x100, the target in the bottom-right corner",
               note_zh="最大：100×100，target 在右下角")
    r = rng.randrange(1, M_MAX - 1)
    yield Case({"matrix": big, "target": big[r][0]}, True, f"max: 100x100, the first value of row {r}",
               note_zh=f"最大：100×100，第 {r} 行的第一个值")
    yield Case({"matrix": big, "target": big[r][-1]}, True, f"max: 100x100, the last value of row {r}",
               note_zh=f"最大：100×100，第 {r} 行的最后一个值")
    yield Case({"matrix": big, "target": absent_in_row(rng, big, r)}, False, f"max: 100x100, absent inside row {r}",
               note_zh=f"最大：100×100，不存在，落在第 {r} 行的范围内")
    yield Case({"matrix": big, "target": between_rows(rng, big)}, False, "max: 100x100, absent between two rows",
               note_zh="最大：100×100，不存在，介于两行之间")
    yield Case({"matrix": big, "target": V_MAX}, False, "max: 100x100, target 10^4 above everything",
               note_zh="最大：100×100，target 为 10^4，比所有值都大")
    for m, n in ((M_MAX, 1), (1, N_MAX), (M_MAX, 37), (37, N_MAX)):
        matrix = row_major(rng, m, n)
        i, j = rng.randrange(m), rng.randrange(n)
        yield Case({"matrix": matrix, "target": matrix[i][j]}, True, f"max: {m}x{n}, the target at ({i},{j})",
                   note_zh=f"最大：{m}×{n}，target 在 ({i},{j})")
        yield Case({"matrix": matrix, "target": matrix[-1][-1]}, True, f"max: {m}x{n}, the target in the last cell",
                   note_zh=f"最大：{m}×{n}，target 在最后一个格子")
        absent = between_rows(rng, matrix) if m > 1 else absent_in_row(rng, matrix, 0)
        yield Case({"matrix": matrix, "target": absent}, False, f"max: {m}x{n}, absent", note_zh=f"最大：{m}×{n}，不存在")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    matrix, target = given["matrix"], given["target"]
    assert isinstance(matrix, list) and 1 <= len(matrix) <= M_MAX, "1 <= m <= 100"
    n = len(matrix[0])
    assert 1 <= n <= N_MAX, "1 <= n <= 100"
    assert all(isinstance(row, list) and len(row) == n for row in matrix), "rows of equal length"
    assert all(type(v) is int and -V_MAX <= v <= V_MAX for row in matrix for v in row), "-10^4 <= matrix[i][j] <= 10^4"
    assert type(target) is int and -V_MAX <= target <= V_MAX, "-10^4 <= target <= 10^4"
    assert all(a <= b for row in matrix for a, b in zip(row, row[1:])), "each row sorted in non-decreasing order"
    assert all(up[-1] < down[0] for up, down in zip(matrix, matrix[1:])), "each row starts above the previous row's end"


SIZES = (12, 25, 50, 100)  # for `compare`: the side n of an n x n matrix


def sized_input(rng, n):
    """An n x n matrix and a target absent from it, between two rows: a scan looks at every cell up to there, the
    staircase about n steps, the flattened binary search about 2 log2(n)."""
    matrix = row_major(rng, n, n, gap=(2, 5))
    r = (3 * n) // 4 - 1
    return {"matrix": matrix, "target": rng.randint(matrix[r][-1] + 1, matrix[r + 1][0] - 1)}
