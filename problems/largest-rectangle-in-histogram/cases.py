"""Hidden tests for largest-rectangle-in-histogram: short lists with pinned answers, one per classic mistake (a stack
never flushed at the end, the width measured from the popped index, an empty stack's left limit taken as 0 instead
of -1, equal bars stopping the span on both sides, a span that only grows to the right, a merged bar's start not
carried over, only the tallest bar or the full width tried), zeros as walls, then 10^5 bars: all equal at 10^4 (the
answer 10^9), rising, falling, a pyramid, a valley, random and few-valued heights. Expanding from every bar is
O(n^2) on the first four."""

from harness.catalogue.cases import Case

N_MAX = 10**5
H_MAX = 10**4


def hidden_cases(rng):
    yield Case({"heights": [5]}, 5, "one bar", note_zh="只有一根柱子")
    yield Case({"heights": [0]}, 0, "one bar of height 0", note_zh="只有一根高度为 0 的柱子")
    yield Case({"heights": [0, 0, 0]}, 0, "all zeros: no area at all", note_zh="全是 0：面积为 0")
    yield Case({"heights": [1, 2, 3, 4, 5]}, 9, "rising: nothing is popped until the end, so the stack must be flushed",
               note_zh="递增：直到最后都没有弹出，所以最后必须清空栈")
    yield Case({"heights": [5, 4, 3, 2, 1]}, 9, "falling: every bar closes the one before it",
               note_zh="递减：每根柱子都让前一根出栈")
    yield Case({"heights": [2, 1, 2]}, 3, "the low bar spans the whole list: with an empty stack the left limit is -1, "
               "and the width is not counted from the popped index",
               note_zh="矮柱子覆盖整个列表：栈为空时左边界是 -1，宽度也不能从弹出的下标算起")
    yield Case({"heights": [3, 3]}, 6, "equal bars: the span must not stop at an equal bar on both sides",
               note_zh="相等的柱子：不能在两侧都遇到相等高度就停下")
    yield Case({"heights": [4, 2, 0, 3, 2, 5]}, 6, "the best rectangle reaches left of its lowest bar",
               note_zh="最优矩形要从最矮的柱子向左延伸")
    yield Case({"heights": [1, 4, 4, 2, 4]}, 8, "a bar merged into a lower one passes its start on",
               note_zh="被更矮柱子合并的柱子要把它的起点传下去")
    yield Case({"heights": [1, 1, 1, 10]}, 10, "the tallest bar alone beats the full width",
               note_zh="单独最高的那根柱子胜过整个宽度")
    yield Case({"heights": [3, 3, 3, 1]}, 9, "neither the tallest bar nor the full width", note_zh="既不是最高的柱子，也不是整个宽度")
    yield Case({"heights": [6, 2, 5, 4, 5, 1, 6]}, 12, "the middle three bars at height 4", note_zh="中间三根柱子，高度 4")
    yield Case({"heights": [2, 0, 2]}, 2, "a zero is a wall: nothing spans across it", note_zh="0 是一堵墙：没有矩形能跨过它")
    yield Case({"heights": [0, 9, 0, 0, 9, 9, 0]}, 18, "zeros around and between", note_zh="两侧和中间都有 0")
    yield Case({"heights": [H_MAX, 0, H_MAX]}, H_MAX, "the largest height", note_zh="最大高度")

    yield Case({"heights": [H_MAX] * N_MAX}, H_MAX * N_MAX, "max: n = 10^5, all 10^4: the area is 10^9",
               note_zh="最大：n = 10^5，全是 10^4：面积为 10^9")
    yield Case({"heights": [i * H_MAX // N_MAX for i in range(N_MAX)]}, note="max: n = 10^5, rising from 0 to 10^4",
               note_zh="最大：n = 10^5，从 0 升到 10^4")
    yield Case({"heights": [H_MAX - i * H_MAX // N_MAX for i in range(N_MAX)]}, note="max: n = 10^5, falling from 10^4",
               note_zh="最大：n = 10^5，从 10^4 往下降")
    half = N_MAX // 2
    yield Case({"heights": [H_MAX - abs(i - half) * H_MAX // half for i in range(N_MAX)]},
               note="max: n = 10^5, a pyramid", note_zh="最大：n = 10^5，金字塔形")
    yield Case({"heights": [1 + abs(i - half) * (H_MAX - 1) // half for i in range(N_MAX)]},
               note="max: n = 10^5, a valley", note_zh="最大：n = 10^5，山谷形")
    yield Case({"heights": [rng.randint(0, H_MAX) for _ in range(N_MAX)]}, note="max: n = 10^5, random",
               note_zh="最大：n = 10^5，随机")
    yield Case({"heights": [rng.randint(0, 3) for _ in range(N_MAX)]}, note="max: n = 10^5, heights 0..3: many ties",
               note_zh="最大：n = 10^5，高度 0..3：大量相等")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    heights = given["heights"]
    assert isinstance(heights, list) and 1 <= len(heights) <= N_MAX, "1 <= heights.length <= 10^5"
    assert all(type(h) is int and 0 <= h <= H_MAX for h in heights), "0 <= heights[i] <= 10^4"


SIZES = (6250, 12_500, 25_000, 50_000, N_MAX)  # for `compare`: the number of bars


def sized_input(rng, n):
    """Random heights: every approach looks at every bar."""
    return {"heights": [rng.randint(0, H_MAX) for _ in range(n)]}
