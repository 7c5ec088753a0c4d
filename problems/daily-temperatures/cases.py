"""Hidden tests for daily-temperatures: short lists with pinned answers, one per classic mistake (an equal day taken
for a warmer one, -1 or n for no warmer day, the warmer day's index instead of the distance, a look-ahead that gives
up at the first colder day, the warmest-later day instead of the first warmer one, a temperature table that stops
below 100), then 10^5 days at 30..100: one temperature for 10^5 - 1 days and a spike at the end, a non-increasing
staircase then a spike, all equal, random, sawtooth ramps: the look-ahead from every day is O(n^2) on the first
three."""

from harness.catalogue.cases import Case

N_MAX = 10**5
T_MIN, T_MAX = 30, 100


def hidden_cases(rng):
    yield Case({"temperatures": [30]}, [0], "one day: nothing warmer follows", note_zh="只有一天：后面没有更暖和的日子")
    yield Case({"temperatures": [100, 100]}, [0, 0], "two equal days: equal is not warmer",
               note_zh="两天温度相等：相等不算更暖和")
    yield Case({"temperatures": [50, 50, 60]}, [2, 1, 0], "an equal day is skipped, the warmer one after it counts",
               note_zh="跳过温度相等的那天，算的是它之后更暖和的那天")
    yield Case({"temperatures": [70, 60, 50]}, [0, 0, 0], "falling: every answer is 0, neither -1 nor n",
               note_zh="递减：每个答案都是 0，既不是 -1 也不是 n")
    yield Case({"temperatures": [99, 100]}, [1, 0], "the warmer day is 100, the top of the range",
               note_zh="更暖和的那天是 100，即温度范围的上限")
    yield Case({"temperatures": [40, 35, 50]}, [2, 1, 0], "the answer is a distance, not the warmer day's index",
               note_zh="答案是间隔的天数，而不是更暖和那天的下标")
    yield Case({"temperatures": [60, 40, 50, 70]}, [3, 1, 1, 0], "the warmer day comes after colder ones: keep looking",
               note_zh="更暖和的那天出现在几个更冷的日子之后：要继续往后找")
    yield Case({"temperatures": [50, 60, 90]}, [1, 1, 0], "the first warmer day, not the warmest later day",
               note_zh="是第一个更暖和的日子，而不是之后最暖和的日子")
    yield Case({"temperatures": [30, 31, 32, 33]}, [1, 1, 1, 0], "rising by one degree each day",
               note_zh="每天升高一度")
    yield Case({"temperatures": [80, 30, 30, 30, 81, 30]}, [4, 3, 2, 1, 0, 0],
               "three equal days wait for the same warmer day", note_zh="三个温度相等的日子等待同一个更暖和的日子")
    yield Case({"temperatures": [30, 100, 30, 100]}, [1, 0, 1, 0], "the extremes alternating", note_zh="两个极值交替出现")
    yield Case({"temperatures": [73, 74, 75, 71, 69, 72, 76, 73]}, [1, 1, 4, 2, 1, 1, 0, 0],
               "a pool of colder days answered all at once by 76", note_zh="一串更冷的日子被 76 一次性全部回答")

    spike = [T_MAX - 1] * (N_MAX - 1) + [T_MAX]
    yield Case({"temperatures": spike}, list(range(N_MAX - 1, 0, -1)) + [0],
               "max: n = 10^5, 99 for 10^5 - 1 days, then 100: every day waits for the last",
               note_zh="最大：n = 10^5，前 10^5 - 1 天都是 99，最后一天是 100：每天都要等到最后一天")
    yield Case({"temperatures": staircase()}, note="max: n = 10^5, a non-increasing staircase from 99 to 30, then 100",
               note_zh="最大：n = 10^5，从 99 到 30 不增的阶梯，然后是 100")
    yield Case({"temperatures": [T_MIN] * N_MAX}, [0] * N_MAX, "max: n = 10^5, all 30: nobody gets a warmer day",
               note_zh="最大：n = 10^5，全是 30：没有一天等到更暖和的日子")
    yield Case({"temperatures": [rng.randint(T_MIN, T_MAX) for _ in range(N_MAX)]}, note="max: n = 10^5, random",
               note_zh="最大：n = 10^5，随机")
    yield Case({"temperatures": [T_MIN + i % 71 for i in range(N_MAX)]}, note="max: n = 10^5, ramps 30..100 repeated",
               note_zh="最大：n = 10^5，重复的 30..100 斜坡")
    yield Case({"temperatures": [T_MAX - i % 71 for i in range(N_MAX)]}, note="max: n = 10^5, falling ramps 100..30 repeated",
               note_zh="最大：n = 10^5，重复的 100..30 下坡")
    yield Case({"temperatures": [rng.randint(60, 62) for _ in range(N_MAX)]}, note="max: n = 10^5, three temperatures: many ties",
               note_zh="最大：n = 10^5，只有三种温度：大量相等")


def staircase():
    """99 down to 30, each step held for an equal share of 10^5 - 1 days, then 100 on the last day."""
    steps = T_MAX - T_MIN  # 70 temperatures: 99, 98, ..., 30
    days = N_MAX - 1
    return [T_MAX - 1 - i * steps // days for i in range(days)] + [T_MAX]


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    temperatures = given["temperatures"]
    assert isinstance(temperatures, list) and 1 <= len(temperatures) <= N_MAX, "1 <= temperatures.length <= 10^5"
    assert all(type(t) is int and T_MIN <= t <= T_MAX for t in temperatures), "30 <= temperatures[i] <= 100"


SIZES = (6250, 12_500, 25_000, 50_000, N_MAX)  # for `compare`: the number of days


def sized_input(rng, n):
    """Random temperatures: every approach reads every day."""
    return {"temperatures": [rng.randint(T_MIN, T_MAX) for _ in range(n)]}
