"""Hidden tests for climbing-stairs: every n from 1 to 45, the whole input domain, in increasing order: the small
ones (where the off-by-one indices, the wrong base cases, the order-blind count, 2^(n-1) and a truncated Binet
formula first go wrong), every middle one (a mistyped table or a float formula wrong at one n in the middle has
nowhere to hide), then the largest n, where the plain recursion makes about 1.8 x 10^9 calls.
"""

from harness.catalogue.cases import Case

N_MAX = 45


def hidden_cases(rng):
    yield Case({"n": 1}, 1, "one step: a table dp[1..n] must not write dp[2]",
               note_zh="只有一级台阶：表 dp[1..n] 不能写 dp[2]")
    yield Case({"n": 2}, 2, "two steps: F(n) instead of F(n + 1), or ways(0) = 0, answers 1; int() of Binet's "
               "formula truncates 1.89 to 1",
               note_zh="两级台阶：算成 F(n) 而不是 F(n + 1)，或者 ways(0) = 0，会得到 1；对比内公式取 int() 会把 1.89 截断成 1")
    yield Case({"n": 3}, 3, "three steps: a loop one step short answers 2; 2^(n-1) answers 4; counting only the "
               "number of 2-moves answers 2",
               note_zh="三级台阶：循环少走一步会得到 2；2^(n-1) 得到 4；只数两级步子的个数会得到 2")
    yield Case({"n": 4}, 5, "four steps", note_zh="四级台阶")
    yield Case({"n": 5}, 8, "five steps", note_zh="五级台阶")
    yield Case({"n": 6}, 13, "six steps", note_zh="六级台阶")
    yield Case({"n": 7}, 21, "seven steps", note_zh="七级台阶")
    for n in range(8, 30):
        yield Case({"n": n}, note="a middle n", note_zh="中等大小的 n")
    yield Case({"n": 30}, 1346269, "n = 30: the plain recursion makes over a million calls",
               note_zh="n = 30：朴素递归要调用一百多万次")
    for n in range(31, 44):
        yield Case({"n": n}, note="a large n: float formulas with too few digits of phi, or float32 sums, drift "
                   "here", note_zh="较大的 n：φ 位数不够的浮点公式或 float32 累加在这里开始出错")
    yield Case({"n": 44}, 1134903170, "n = 44: the answer exceeds 2^30", note_zh="n = 44：答案超过 2^30")
    yield Case({"n": N_MAX}, 1836311903, "max: n = 45, just below 2^31; the plain recursion makes about "
               "1.8 x 10^9 calls", note_zh="最大：n = 45，答案略小于 2^31；朴素递归约要调用 1.8 x 10^9 次")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    n = given["n"]
    assert type(n) is int and 1 <= n <= N_MAX, "1 <= n <= 45"


SIZES = (6, 12, 24, N_MAX)  # for `compare`: the number of steps


def sized_input(rng, n):
    return {"n": n}
