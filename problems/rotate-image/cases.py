"""Hidden tests for rotate-image: 1x1, 2x2, odd and even sides up to the maximum of 20 (odd sides have a centre, and
the middle row and column that a quarter loop of n // 2 x n // 2 misses), all values equal (where changing nothing
passes) and a symmetric matrix (where a left-right mirror alone, as after a transpose done twice, passes: so neither
alone), a marked corner that tells clockwise from counterclockwise, and the value extremes."""

from harness.catalogue.cases import Case

N_MAX = 20
V_MAX = 1000


def _matrix(rng, n):
    return [[rng.randint(-V_MAX, V_MAX) for _ in range(n)] for _ in range(n)]


def hidden_cases(rng):
    yield Case({"matrix": [[7]]}, [[7]], "1x1: nothing moves", note_zh="1x1：什么都不动")
    yield Case({"matrix": [[1, 2], [3, 4]]}, [[3, 1], [4, 2]], "2x2", note_zh="2x2")
    yield Case({"matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 10]]}, [[7, 4, 1], [8, 5, 2], [10, 6, 3]],
               "3x3: the centre stays, the middle row and column move", note_zh="3x3：中心不动，中间的行和列要动")
    yield Case({"matrix": [[4, 4, 4], [4, 4, 4], [4, 4, 4]]}, [[4, 4, 4], [4, 4, 4], [4, 4, 4]],
               "all values equal: nothing changes", note_zh="所有值都相等：结果不变")
    yield Case({"matrix": [[1, 2, 3], [2, 5, 6], [3, 6, 9]]}, [[3, 2, 1], [6, 5, 2], [9, 6, 3]],
               "a symmetric matrix: the transpose changes nothing, the mirror does the rest",
               note_zh="对称矩阵：转置不改变它，剩下的由左右镜像完成")
    yield Case({"matrix": [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]},
               [[0, 0, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
               "one marked corner goes to the top right (counterclockwise sends it bottom left)",
               note_zh="标记的左上角应转到右上角（逆时针会转到左下角）")
    yield Case({"matrix": [[-1000, 1000], [1000, -1000]]}, [[1000, -1000], [-1000, 1000]], "the value extremes",
               note_zh="取值的极值")
    yield Case({"matrix": [[i * 5 + j for j in range(5)] for i in range(5)]},
               [[20 - 5 * j + i for j in range(5)] for i in range(5)], "5x5, values 0..24 in order",
               note_zh="5x5，值依次为 0..24")
    yield Case({"matrix": _matrix(rng, 6)}, note="6x6, random", note_zh="6x6，随机")
    yield Case({"matrix": _matrix(rng, 7)}, note="7x7, random", note_zh="7x7，随机")
    yield Case({"matrix": _matrix(rng, N_MAX)}, note="max: 20x20, random", note_zh="最大：20x20，随机")
    yield Case({"matrix": _matrix(rng, N_MAX)}, note="max: 20x20, random", note_zh="最大：20x20，随机")
    yield Case({"matrix": [[rng.choice([-V_MAX, V_MAX]) for _ in range(N_MAX)] for _ in range(N_MAX)]},
               note="max: 20x20, only -1000 and 1000", note_zh="最大：20x20，只有 -1000 和 1000")
    yield Case({"matrix": _matrix(rng, N_MAX - 1)}, note="19x19, random: the largest odd side",
               note_zh="19x19，随机：最大的奇数边长")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    matrix = given["matrix"]
    assert isinstance(matrix, list) and 1 <= len(matrix) <= N_MAX, "1 <= n <= 20"
    assert all(isinstance(row, list) and len(row) == len(matrix) for row in matrix), \
        "n == matrix.length == matrix[i].length"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for row in matrix for x in row), \
        "-1000 <= matrix[i][j] <= 1000"


SIZES = (25, 64, 144, 256, 400)  # for `compare`: cells of the n x n matrix, 5x5 up to 20x20


def sized_input(rng, n):
    return {"matrix": _matrix(rng, round(n ** 0.5))}
