"""Hidden tests for container-with-most-water: small cases with pinned answers aimed at each classic mistake
(moving the taller pointer, width j - i + 1, the taller line as the level, never measuring two neighbours,
stopping when the area drops, pairing the two tallest lines), zeros and the smallest input, then seeded cases at
n = 10^5: random heights, ramps, a mountain, a valley, all equal, all zero, two tall neighbours among zeros,
and a few tall lines among short ones.
"""

from harness.catalogue.cases import Case

N_MAX = 10**5
H_MAX = 10**4


def hidden_cases(rng):
    yield Case({"height": [1, 2, 4, 3]}, 4, "moving the taller pointer passes by 2 and 3",
               note_zh="移动较高一侧的指针会错过 2 和 3")
    yield Case({"height": [1, 100, 100, 1]}, 100, "the best container is two neighbours in the middle",
               note_zh="最优的容器是中间两条相邻的线")
    yield Case({"height": [5, 1, 1, 1, 1, 1, 1, 5, 10, 10]}, 45,
               "the two tallest lines are neighbours; the widest pair holds more",
               note_zh="最高的两条线相邻；最宽的一对装得更多")
    yield Case({"height": [2, 1, 8, 1, 1, 8, 1, 2]}, 24,
               "the area drops before it grows again: stopping at the first drop is wrong",
               note_zh="面积先变小、后又变大：第一次变小就停止是错的")
    yield Case({"height": [0, 0]}, 0, "two lines of height 0", note_zh="两条高度为 0 的线")
    yield Case({"height": [0, 7]}, 0, "one line of height 0 holds nothing", note_zh="有一条线高度为 0，装不了水")
    yield Case({"height": [2, 3]}, 2, "two lines: the width is 1, the level the shorter line",
               note_zh="两条线：宽度为 1，水位是较短的那条线")
    yield Case({"height": [4, 4, 4, 4]}, 12, "all equal: the two ends", note_zh="全部相等：取两端")
    yield Case({"height": [H_MAX, 0, 0, H_MAX]}, 3 * H_MAX, "two lines of 10^4 at the ends",
               note_zh="两端是两条高 10^4 的线")
    yield Case({"height": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}, 25, "increasing heights", note_zh="高度递增")
    yield Case({"height": [random_height(rng) for _ in range(N_MAX)]}, note="max: n = 10^5, random heights",
               note_zh="最大：n = 10^5，随机高度")
    yield Case({"height": [random_height(rng) for _ in range(N_MAX)]}, note="max: n = 10^5, random heights, again",
               note_zh="最大：n = 10^5，随机高度，再来一组")
    yield Case({"height": [i * H_MAX // N_MAX for i in range(N_MAX)]}, note="max: n = 10^5, increasing heights",
               note_zh="最大：n = 10^5，高度递增")
    yield Case({"height": [(N_MAX - i) * H_MAX // N_MAX for i in range(N_MAX)]},
               note="max: n = 10^5, decreasing heights", note_zh="最大：n = 10^5，高度递减")
    yield Case({"height": [min(i, N_MAX - 1 - i) * 2 * H_MAX // N_MAX for i in range(N_MAX)]},
               note="max: a mountain: the ends are short, the tall lines in the middle",
               note_zh="最大：山峰形：两端很矮，高的线在中间")
    yield Case({"height": [abs(N_MAX // 2 - i) * 2 * H_MAX // N_MAX for i in range(N_MAX)]},
               note="max: a valley: the ends are tall", note_zh="最大：山谷形：两端很高")
    yield Case({"height": [H_MAX] * N_MAX}, H_MAX * (N_MAX - 1), "max: all lines of height 10^4",
               note_zh="最大：所有线的高度都是 10^4")
    yield Case({"height": [0] * N_MAX}, 0, "max: all lines of height 0", note_zh="最大：所有线的高度都是 0")
    middle = rng.randrange(N_MAX // 4, 3 * N_MAX // 4)
    pair = [0] * N_MAX
    pair[middle] = pair[middle + 1] = H_MAX
    yield Case({"height": pair}, H_MAX, "max: two neighbours of 10^4 among zeros",
               note_zh="最大：一片 0 中间有两条相邻的、高 10^4 的线")
    spikes = [rng.randint(0, 100) for _ in range(N_MAX)]
    for i in rng.sample(range(N_MAX // 10, 9 * N_MAX // 10), 10):
        spikes[i] = rng.randint(H_MAX // 2, H_MAX)
    yield Case({"height": spikes}, note="max: ten tall lines inside, the rest below 100",
               note_zh="最大：中间有十条高线，其余都低于 100")


def random_height(rng):
    return rng.randint(0, H_MAX)


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    height = given["height"]
    assert isinstance(height, list) and 2 <= len(height) <= N_MAX, "2 <= n <= 10^5"
    assert all(type(h) is int and 0 <= h <= H_MAX for h in height), "0 <= height[i] <= 10^4"


SIZES = (6250, 12_500, 25_000, 50_000, N_MAX)  # for `compare`: n, the number of lines


def sized_input(rng, n):
    """Random heights: every approach walks (or sorts) all n lines."""
    return {"height": [random_height(rng) for _ in range(n)]}
