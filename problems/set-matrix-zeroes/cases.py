"""Hidden tests for set-matrix-zeroes: 1x1, a single row and a single column, no zeros (where changing nothing
passes, so never alone), all zeros, a zero whose cleared row must not spread (zeroing while scanning), a zero only
in row 0, only in column 0 and at [0][0] (the first row's and column's own flags), -1 and the 32-bit extremes as
ordinary values (sentinel marks), non-square shapes (rows and columns mixed up), and maxima of 200x200."""

from harness.catalogue.cases import Case

SIDE_MAX = 200
V_MAX = 2**31 - 1


def _matrix(rng, m, n, zeros, values=(-V_MAX - 1, V_MAX)):
    """An m x n matrix of random non-zero values with `zeros` zeros at random cells."""
    matrix = [[rng.randint(*values) or 1 for _ in range(n)] for _ in range(m)]
    for _ in range(zeros):
        matrix[rng.randrange(m)][rng.randrange(n)] = 0
    return matrix


def hidden_cases(rng):
    yield Case({"matrix": [[0]]}, [[0]], "1x1, a zero", note_zh="1x1，是 0")
    yield Case({"matrix": [[-7]]}, [[-7]], "1x1, not a zero", note_zh="1x1，不是 0")
    yield Case({"matrix": [[3, 0, 5, 6]]}, [[0, 0, 0, 0]], "one row", note_zh="只有一行")
    yield Case({"matrix": [[3], [0], [5]]}, [[0], [0], [0]], "one column", note_zh="只有一列")
    yield Case({"matrix": [[1, 2], [3, 4]]}, [[1, 2], [3, 4]], "no zeros: nothing changes",
               note_zh="没有 0：什么都不变")
    yield Case({"matrix": [[0, 0], [0, 0]]}, [[0, 0], [0, 0]], "all zeros", note_zh="全是 0")
    yield Case({"matrix": [[1, 0, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]]}, [[0, 0, 0, 0], [1, 0, 1, 1], [1, 0, 1, 1]],
               "one zero: the row it clears must not spread into columns 2 and 3",
               note_zh="只有一个 0：它清零的那一行不能再扩散到第 2、3 列")
    yield Case({"matrix": [[1, 2, 3], [4, 0, 6], [7, 8, 9], [1, 2, 3]]},
               [[1, 0, 3], [0, 0, 0], [7, 0, 9], [1, 0, 3]],
               "one zero inside: zeroing while scanning clears far more", note_zh="内部只有一个 0：边扫描边清零会清掉更多")
    yield Case({"matrix": [[1, 2, 0], [3, 4, 5], [6, 7, 8]]}, [[0, 0, 0], [3, 4, 0], [6, 7, 0]],
               "a zero in row 0 only (not column 0)", note_zh="只有第 0 行有 0（不在第 0 列）")
    yield Case({"matrix": [[1, 2, 3], [0, 4, 5], [6, 7, 8]]}, [[0, 2, 3], [0, 0, 0], [0, 7, 8]],
               "a zero in column 0 only (not row 0)", note_zh="只有第 0 列有 0（不在第 0 行）")
    yield Case({"matrix": [[0, 1, 2], [3, 4, 5], [6, 7, 8]]}, [[0, 0, 0], [0, 4, 5], [0, 7, 8]],
               "a zero at [0][0] only", note_zh="只有 [0][0] 是 0")
    yield Case({"matrix": [[5, 1, 2], [3, 4, 0], [6, 7, 8]]}, [[5, 1, 0], [0, 0, 0], [6, 7, 0]],
               "a zero away from row 0 and column 0: neither of them is cleared",
               note_zh="0 不在第 0 行也不在第 0 列：这两者都不应被清零")
    yield Case({"matrix": [[-1, 2, 3], [4, 0, 6], [7, 8, -1]]}, [[-1, 0, 3], [0, 0, 0], [7, 0, -1]],
               "-1 is an ordinary value (a -1 sentinel clears it)", note_zh="-1 是普通的值（用 -1 当哨兵会把它清掉）")
    yield Case({"matrix": [[-2**31, V_MAX, 1], [V_MAX, 0, -2**31], [1, -2**31, V_MAX]]},
               [[-2**31, 0, 1], [0, 0, 0], [1, 0, V_MAX]], "the 32-bit extremes as ordinary values",
               note_zh="32 位整数的极值也是普通的值")
    yield Case({"matrix": [[1, 2, 3, 4, 5], [6, 7, 0, 9, 1]]}, [[1, 2, 0, 4, 5], [0, 0, 0, 0, 0]],
               "2x5: more columns than rows", note_zh="2x5：列比行多")
    yield Case({"matrix": [[1, 2], [3, 4], [5, 0], [7, 8], [9, 1]]}, [[1, 0], [3, 0], [0, 0], [7, 0], [9, 0]],
               "5x2: more rows than columns", note_zh="5x2：行比列多")
    yield Case({"matrix": _matrix(rng, SIDE_MAX, SIDE_MAX, 12)}, note="max: 200x200, random, 12 zeros",
               note_zh="最大：200x200，随机，12 个 0")
    yield Case({"matrix": _matrix(rng, SIDE_MAX, SIDE_MAX, 1)}, note="max: 200x200, random, one zero",
               note_zh="最大：200x200，随机，一个 0")
    yield Case({"matrix": _matrix(rng, SIDE_MAX, SIDE_MAX, 60, values=(-2, 2))},
               note="max: 200x200, values in -2..2 (many -1), 60 zeros placed at random",
               note_zh="最大：200x200，值在 -2..2 之间（很多 -1），随机放 60 个 0")
    quarter = _matrix(rng, SIDE_MAX, SIDE_MAX, 0)
    for i in range(SIDE_MAX // 2, SIDE_MAX):
        for j in range(SIDE_MAX // 2, SIDE_MAX):
            quarter[i][j] = 0
    yield Case({"matrix": quarter}, note="max: 200x200, the bottom-right quarter all zeros",
               note_zh="最大：200x200，右下四分之一全是 0")
    yield Case({"matrix": _matrix(rng, 1, SIDE_MAX, 1)}, note="max: 1x200", note_zh="最大：1x200")
    yield Case({"matrix": _matrix(rng, SIDE_MAX, 1, 0)}, note="max: 200x1, no zeros", note_zh="最大：200x1，没有 0")
    yield Case({"matrix": _matrix(rng, 137, SIDE_MAX, 5)}, note="137x200, 5 zeros", note_zh="137x200，5 个 0")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    matrix = given["matrix"]
    assert isinstance(matrix, list) and 1 <= len(matrix) <= SIDE_MAX, "1 <= m <= 200"
    assert isinstance(matrix[0], list) and 1 <= len(matrix[0]) <= SIDE_MAX, "1 <= n <= 200"
    assert all(isinstance(row, list) and len(row) == len(matrix[0]) for row in matrix), "every row has n values"
    assert all(type(x) is int and -2**31 <= x <= V_MAX for row in matrix for x in row), \
        "-2^31 <= matrix[i][j] <= 2^31 - 1"


SIZES = (625, 2500, 10_000, 40_000)  # for `compare`: cells of a square matrix, 25x25 up to 200x200


def sized_input(rng, n):
    side = round(n ** 0.5)
    return {"matrix": _matrix(rng, side, side, side // 4)}
