"""Hidden tests for perfect-squares: 1, perfect squares (answer 1, a loop with k*k < i misses them), sums of two,
greedy traps (12, 32, 48, 9408: largest-square-first uses up to 7), numbers 4^a (8b + 7) (answer 4; 28, 112 and
7168 need the factors 4 stripped, 7 breaks "at most 3"), and n = 10^4 and 9999 at the maximum, where the
O(n sqrt n) DP and the BFS with a visited set must be accepted and the plain recursion is hopeless.
"""

from harness.catalogue.cases import Case

N_MAX = 10**4


def hidden_cases(rng):
    yield Case({"n": 1}, 1, "n = 1", note_zh="n = 1")
    yield Case({"n": 2}, 2, "n = 2 = 1 + 1", note_zh="n = 2 = 1 + 1")
    yield Case({"n": 3}, 3, "n = 3 = 1 + 1 + 1", note_zh="n = 3 = 1 + 1 + 1")
    yield Case({"n": 4}, 1, "a perfect square: k*k < i misses the square equal to i",
               note_zh="完全平方数：k*k < i 会漏掉等于 i 的平方数")
    yield Case({"n": 7}, 4, "7 = 4 + 1 + 1 + 1: the answer can be 4", note_zh="7 = 4 + 1 + 1 + 1：答案可以是 4")
    yield Case({"n": 12}, 3, "greedy takes 9 + 1 + 1 + 1; 4 + 4 + 4 is better", note_zh="贪心取 9 + 1 + 1 + 1；4 + 4 + 4 更优")
    yield Case({"n": 13}, 2, "13 = 9 + 4", note_zh="13 = 9 + 4")
    yield Case({"n": 18}, 2, "greedy takes 16 + 1 + 1; 9 + 9 is better", note_zh="贪心取 16 + 1 + 1；9 + 9 更优")
    yield Case({"n": 32}, 2, "greedy takes 25 + 4 + 1 + 1 + 1; 16 + 16 is better",
               note_zh="贪心取 25 + 4 + 1 + 1 + 1；16 + 16 更优")
    yield Case({"n": 48}, 3, "greedy uses 5 squares; 16 + 16 + 16", note_zh="贪心用 5 个平方数；16 + 16 + 16")
    yield Case({"n": 28}, 4, "28 = 4 x 7: 28 % 8 is 4, the factor 4 must be stripped before testing 8b + 7",
               note_zh="28 = 4 x 7：28 % 8 是 4，判断 8b + 7 之前必须先除去因子 4")
    yield Case({"n": 112}, 4, "112 = 16 x 7: two factors 4 to strip", note_zh="112 = 16 x 7：要除去两个因子 4")
    yield Case({"n": 7168}, 4, "7168 = 4^5 x 7: five factors 4 to strip", note_zh="7168 = 4^5 x 7：要除去五个因子 4")
    yield Case({"n": 9408}, 3, "9408: greedy uses 7 squares", note_zh="9408：贪心要用 7 个平方数")
    yield Case({"n": 5000}, 2, "5000 = 4900 + 100", note_zh="5000 = 4900 + 100")
    yield Case({"n": 9999}, 4, "max: n = 9999 = 8 x 1249 + 7, answer 4: a BFS reaches its fourth level",
               note_zh="最大：n = 9999 = 8 x 1249 + 7，答案为 4：广度优先搜索要走到第四层")
    yield Case({"n": N_MAX}, 1, "max: n = 10^4 = 100^2, the largest square itself", note_zh="最大：n = 10^4 = 100^2，最大的平方数本身")
    yield Case({"n": 9998}, 3, "max: n = 9998, answer 3", note_zh="最大：n = 9998，答案为 3")
    for low, high in ((20, 200), (200, 1000), (1000, 3000)):
        for _ in range(2):
            yield Case({"n": rng.randint(low, high)}, note=f"a random n in [{low}, {high}]",
                       note_zh=f"[{low}, {high}] 中的随机 n")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    n = given["n"]
    assert type(n) is int and 1 <= n <= N_MAX, "1 <= n <= 10^4"


SIZES = (1250, 2500, 5000, N_MAX)  # for `compare`: n itself, moved down to 8b + 7


def sized_input(rng, n):
    return {"n": n - n % 8 - 1}
