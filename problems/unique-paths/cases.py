"""Hidden tests for unique-paths: one cell, one row, one column, a grid of two rows, the largest square whose answer
fits (17 x 17), the largest answer (8 x 69, 1984829850), 7 x 100 and 100 x 7, and non-square grids both ways
(indices swapped). Catches borders counted 0, a 1 x 1 grid counted 0, loops one short, a rolling row summed from
j = 0 (row[-1] wraps), float binomials (28.0), and a product of float fractions truncated by int() (14 x 3 gives
104, not 105), and the numerator and the denominator each a float before one division, truncated (16 x 20,
18 x 17: six grids of the 1773 that fit go wrong that way).
"""

from math import comb

from harness.catalogue.cases import Case

SIDE_MAX = 100
ANSWER_MAX = 2 * 10**9


def paths(m, n):
    return comb(m + n - 2, m - 1)


def hidden_cases(rng):
    yield Case({"m": 1, "n": 1}, 1, "one cell: the start is the finish, one (empty) path",
               note_zh="只有一个格子：起点就是终点，有一条（空）路径")
    yield Case({"m": 1, "n": 100}, 1, "one row of 100: a border counted 0 answers 0", note_zh="只有一行 100 格：边界计为 0 会得到 0")
    yield Case({"m": 100, "n": 1}, 1, "one column of 100", note_zh="只有一列 100 格")
    yield Case({"m": 2, "n": 2}, 2, "2 x 2", note_zh="2 x 2")
    yield Case({"m": 2, "n": 3}, 3, "2 x 3: not square, swapped indices fail", note_zh="2 x 3：非方阵，下标写反会出错")
    yield Case({"m": 5, "n": 3}, 15, "5 x 3: more rows than columns", note_zh="5 x 3：行多于列")
    yield Case({"m": 3, "n": 3}, 6, "3 x 3", note_zh="3 x 3")
    yield Case({"m": 2, "n": 100}, 100, "2 x 100", note_zh="2 x 100")
    yield Case({"m": 100, "n": 2}, 100, "100 x 2", note_zh="100 x 2")
    yield Case({"m": 14, "n": 3}, 105, "14 x 3: a product of float fractions is 104.99999999999999, int() gives 104",
               note_zh="14 x 3：浮点分数的乘积是 104.99999999999999，int() 得到 104")
    yield Case({"m": 40, "n": 3}, 820, "40 x 3: float truncation again", note_zh="40 x 3：同样是浮点截断")
    yield Case({"m": 16, "n": 20}, 1855967520,
               "16 x 20: the numerator 20 x 21 x ... x 34 and 15! as floats, divided, are 1855967519.9999998; int() "
               "gives 1855967519", note_zh="16 x 20：把分子 20 x 21 x ... x 34 和 15! 都算成浮点数再相除得到 "
               "1855967519.9999998，int() 得到 1855967519")
    yield Case({"m": 18, "n": 17}, 1166803110, "18 x 17: the same float quotient falls just short again",
               note_zh="18 x 17：同样的浮点商又差了一点点")
    yield Case({"m": 3, "n": 100}, 5050, "3 x 100", note_zh="3 x 100")
    yield Case({"m": 10, "n": 10}, 48620, "10 x 10", note_zh="10 x 10")
    yield Case({"m": 17, "n": 17}, 601080390, "max: 17 x 17, the largest square whose count fits 2 * 10^9",
               note_zh="最大：17 x 17，路径数不超过 2 * 10^9 的最大方阵")
    yield Case({"m": 8, "n": 69}, 1984829850, "max: 8 x 69, the largest answer within 2 * 10^9",
               note_zh="最大：8 x 69，不超过 2 * 10^9 的最大答案")
    yield Case({"m": 69, "n": 8}, 1984829850, "max: 69 x 8", note_zh="最大：69 x 8")
    yield Case({"m": 7, "n": 100}, 1609344100, "max: 7 x 100", note_zh="最大：7 x 100")
    yield Case({"m": 100, "n": 7}, 1609344100, "max: 100 x 7", note_zh="最大：100 x 7")
    fitting = [(m, n) for m in range(2, SIDE_MAX + 1) for n in range(2, SIDE_MAX + 1) if paths(m, n) <= ANSWER_MAX]
    for m, n in rng.sample(fitting, 4):
        yield Case({"m": m, "n": n}, note="a random grid whose count fits 2 * 10^9", note_zh="随机网格，路径数不超过 2 * 10^9")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    m, n = given["m"], given["n"]
    assert type(m) is int and 1 <= m <= SIDE_MAX, "1 <= m <= 100"
    assert type(n) is int and 1 <= n <= SIDE_MAX, "1 <= n <= 100"
    assert paths(m, n) <= ANSWER_MAX, "the answer is at most 2 * 10^9"


SIZES = (12, 25, 50, SIDE_MAX)  # for `compare`: the columns, with 7 rows


def sized_input(rng, n):
    return {"m": 7, "n": n}
