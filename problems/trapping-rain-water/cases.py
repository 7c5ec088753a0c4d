"""Hidden tests for trapping-rain-water: small maps with pinned answers aimed at each classic mistake (edge bars
left out of the maxima, one-sided maxima, filling between neighbouring peaks, a stack's pool width, two pointers
moving the higher side, unclamped negative levels), then seeded maps of 2 * 10^4 bars with heights up to 10^5:
random, a deep valley, walls at both ends (the largest answer), plateaus, one high wall, a mountain."""

from harness.catalogue.cases import Case

N_MAX = 2 * 10**4
H_MAX = 10**5


def hidden_cases(rng):
    yield Case({"height": [0]}, 0, "a single bar", note_zh="只有一根柱子")
    yield Case({"height": [3]}, 0, "a single tall bar", note_zh="只有一根较高的柱子")
    yield Case({"height": [5, 5]}, 0, "two bars hold nothing", note_zh="两根柱子存不住水")
    yield Case({"height": [2, 0, 2]}, 2, "the end bars are the walls: leaving them out of the maxima answers 0",
               note_zh="两端的柱子就是墙：计算最大值时漏掉它们会得到 0")
    yield Case({"height": [3, 0, 0, 3]}, 6, "a pool two bars wide: a stack must fill width i - stack[-1] - 1",
               note_zh="宽为两根柱子的水坑：单调栈必须按 i - stack[-1] - 1 的宽度灌水")
    yield Case({"height": [4, 0, 1, 0]}, 1, "the water past the last wall runs off the open edge",
               note_zh="最后一堵墙之外的水会从开放边界流走")
    yield Case({"height": [3, 0, 1]}, 1, "the right side is lower: the left maximum alone overfills",
               note_zh="右侧更低：只用左侧最大值会灌得太多")
    yield Case({"height": [1, 0, 3]}, 1, "the left side is lower: the right maximum alone overfills",
               note_zh="左侧更低：只用右侧最大值会灌得太多")
    yield Case({"height": [5, 0, 3, 0, 5]}, 12, "the middle peak is under water: filling between neighbouring peaks answers 6",
               note_zh="中间的峰被水淹没：只在相邻峰之间灌水会得到 6")
    yield Case({"height": [0, 1, 0]}, 0, "a lone peak: a level that excludes the bar goes negative",
               note_zh="孤立的峰：不包括柱子本身的水位会变成负数")
    yield Case({"height": [2, 1, 0, 1, 3]}, 4, "a pool that deepens towards the middle",
               note_zh="越往中间越深的水坑")
    yield Case({"height": [5, 2, 1, 2, 1, 5]}, 14, "two pools under one level", note_zh="同一水位下的两个水坑")
    yield Case({"height": [0, 0, 0, 0]}, 0, "flat ground", note_zh="平地")
    yield Case({"height": [7, 7, 7, 7, 7]}, 0, "all bars equal", note_zh="所有柱子一样高")
    yield Case({"height": [1, 2, 3, 4, 5]}, 0, "increasing: everything runs off the left", note_zh="递增：水全部从左边流走")
    yield Case({"height": [5, 4, 3, 2, 1]}, 0, "decreasing: everything runs off the right", note_zh="递减：水全部从右边流走")
    yield Case({"height": [4, 1, 4, 1, 4]}, 6, "equal walls", note_zh="等高的墙")
    yield Case({"height": [3, 1, 2, 1, 0, 2, 1, 4]}, 11, "inner bars of different heights under one level",
               note_zh="同一水位下高低不同的内部柱子")
    yield Case({"height": [2, 5, 1, 2, 3, 4, 7, 7, 6]}, 10, "the two pointers must move the lower side",
               note_zh="双指针必须移动较低的一侧")
    yield Case({"height": [H_MAX, 0, H_MAX]}, H_MAX, "the extreme heights", note_zh="高度取极值")
    yield Case({"height": [0, H_MAX, 0]}, 0, "one extreme peak between zeros", note_zh="两个 0 之间一个极高的峰")

    walls = [H_MAX] + [0] * (N_MAX - 2) + [H_MAX]
    yield Case({"height": walls}, H_MAX * (N_MAX - 2), "max: n = 2*10^4, walls of 10^5 at both ends: the largest answer",
               note_zh="最大：n = 2*10^4，两端是高 10^5 的墙：答案最大")
    yield Case({"height": [rng.randint(0, H_MAX) for _ in range(N_MAX)]}, note="max: n = 2*10^4, random heights up to 10^5",
               note_zh="最大：n = 2*10^4，随机高度，最高 10^5")
    yield Case({"height": [rng.randint(0, H_MAX) for _ in range(N_MAX)]}, note="max: n = 2*10^4, random heights up to 10^5",
               note_zh="最大：n = 2*10^4，随机高度，最高 10^5")
    yield Case({"height": valley(rng)}, note="max: n = 2*10^4, a jagged valley falling from 10^5 and rising again",
               note_zh="最大：n = 2*10^4，从 10^5 落下再升起的锯齿状山谷")
    yield Case({"height": mountain(rng)}, note="max: n = 2*10^4, a jagged mountain: pools only on its flanks",
               note_zh="最大：n = 2*10^4，锯齿状的山峰：只有山坡上有水坑")
    yield Case({"height": [rng.randint(0, 3) for _ in range(N_MAX)]}, note="max: n = 2*10^4, heights 0 to 3: many ties",
               note_zh="最大：n = 2*10^4，高度只有 0 到 3：大量相等的柱子")
    left_wall = [H_MAX] + [rng.randint(0, H_MAX // 2) for _ in range(N_MAX - 1)]
    yield Case({"height": left_wall}, note="max: n = 2*10^4, one wall of 10^5 at the left, lower bars after it",
               note_zh="最大：n = 2*10^4，左端一堵高 10^5 的墙，后面都是较低的柱子")
    right_wall = [rng.randint(0, H_MAX // 2) for _ in range(N_MAX - 1)] + [H_MAX]
    yield Case({"height": right_wall}, note="max: n = 2*10^4, lower bars, then one wall of 10^5 at the right",
               note_zh="最大：n = 2*10^4，较低的柱子，右端一堵高 10^5 的墙")
    peak = rng.randrange(N_MAX // 4, 3 * N_MAX // 4)
    middle = [rng.randint(0, H_MAX - 1) for _ in range(N_MAX)]
    middle[peak] = H_MAX
    yield Case({"height": middle}, note="max: n = 2*10^4, random, the single highest bar in the middle",
               note_zh="最大：n = 2*10^4，随机，唯一的最高柱子在中间")
    yield Case({"height": [H_MAX * (i % 2) for i in range(N_MAX)]}, note="max: n = 2*10^4, alternating 0 and 10^5",
               note_zh="最大：n = 2*10^4，0 与 10^5 交替")


def valley(rng):
    """Falling from 10^5 to near 0 and rising back, with noise: one deep pool over most of the row."""
    half = N_MAX // 2
    fall = [max(0, H_MAX - H_MAX * i // half - rng.randint(0, 500)) for i in range(half)]
    rise = [max(0, H_MAX * i // half - rng.randint(0, 500)) for i in range(N_MAX - half)]
    return fall + rise


def mountain(rng):
    """Rising to 10^5 and falling back, with noise: the water stands in the small dents of the slopes."""
    half = N_MAX // 2
    up = [min(H_MAX, H_MAX * i // half + rng.randint(0, 300)) for i in range(half)]
    down = [min(H_MAX, H_MAX - H_MAX * i // half + rng.randint(0, 300)) for i in range(N_MAX - half)]
    return up + down


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    height = given["height"]
    assert isinstance(height, list) and 1 <= len(height) <= N_MAX, "1 <= n <= 2 * 10^4"
    assert all(type(h) is int and 0 <= h <= H_MAX for h in height), "0 <= height[i] <= 10^5"


SIZES = (1250, 2500, 5000, 10_000, N_MAX)  # for `compare`: n, the number of bars


def sized_input(rng, n):
    """Random heights over the whole range: every approach scans every bar."""
    return {"height": [rng.randint(0, H_MAX) for _ in range(n)]}
