"""Hidden tests for sliding-window-maximum: small arrays with pinned answers aimed at each classic mistake (k = 1,
k = n, k = n with every value negative, equal values in a deque of values, a heap that never drops what left, a
window one too wide, the first window skipped, a maximum replaced by the incoming value), then seeded arrays of
10^5 values: random with k = 1, 3, 5 * 10^4 and n, rising and falling runs (the deque empties at every step, or
the maximum leaves at every step), all equal, and few distinct values."""

from harness.catalogue.cases import Case

N_MAX = 10**5
V_MAX = 10**4


def hidden_cases(rng):
    yield Case({"nums": [5], "k": 1}, [5], "one element", note_zh="只有一个元素")
    yield Case({"nums": [4, -2, 7, 0], "k": 1}, [4, -2, 7, 0], "k = 1: every element is its own window",
               note_zh="k = 1：每个元素自成一个窗口")
    yield Case({"nums": [2, 9, 4, 1], "k": 4}, [9], "k = n: one window", note_zh="k = n：只有一个窗口")
    yield Case({"nums": [-3, -1, -7], "k": 3}, [-1], "k = n, every value negative: a maximum that starts at 0 is wrong",
               note_zh="k = n，所有值都是负数：从 0 开始的最大值是错的")
    yield Case({"nums": [3, 3, 1], "k": 2}, [3, 3], "equal values: the twin still inside must stay",
               note_zh="相等的值：仍在窗口内的那个必须留下")
    yield Case({"nums": [2, 5, 5, 1, 1], "k": 2}, [5, 5, 5, 1], "equal maxima side by side", note_zh="相邻的相等最大值")
    yield Case({"nums": [9, 8, 7, 6, 5], "k": 2}, [9, 8, 7, 6], "falling: the maximum leaves at every step",
               note_zh="递减：最大值每一步都离开窗口")
    yield Case({"nums": [1, 2, 3, 4, 5], "k": 3}, [3, 4, 5], "rising: each new value is the maximum",
               note_zh="递增：每个新值都是最大值")
    yield Case({"nums": [5, 4, 3, 1], "k": 3}, [5, 4], "the maximum leaves and the incoming value is not the next one",
               note_zh="最大值离开窗口，而进入的值并不是新的最大值")
    yield Case({"nums": [-4, -4, -4, -4, -4], "k": 3}, [-4, -4, -4], "all equal, negative", note_zh="全部相等，且为负数")
    yield Case({"nums": [-V_MAX, V_MAX, -V_MAX, -V_MAX], "k": 2}, [V_MAX, V_MAX, -V_MAX], "the extreme values",
               note_zh="取极值")
    yield Case({"nums": [1, 3, 1, 2, 0, 5], "k": 3}, [3, 3, 2, 5], "a smaller value outlives the maximum",
               note_zh="较小的值比最大值在窗口里留得更久")
    yield Case({"nums": [7, 2, 4], "k": 2}, [7, 4], "the first window's maximum leaves next", note_zh="第一个窗口的最大值随后离开")

    yield Case({"nums": randoms(rng), "k": N_MAX // 2}, note="max: n = 10^5, k = 5*10^4, random: max() per window is hopeless",
               note_zh="最大：n = 10^5，k = 5*10^4，随机：对每个窗口求 max() 毫无希望")
    yield Case({"nums": randoms(rng), "k": 3}, note="max: n = 10^5, k = 3, random", note_zh="最大：n = 10^5，k = 3，随机")
    yield Case({"nums": randoms(rng), "k": 1}, note="max: n = 10^5, k = 1", note_zh="最大：n = 10^5，k = 1")
    yield Case({"nums": randoms(rng), "k": N_MAX}, note="max: n = 10^5, k = n: one window", note_zh="最大：n = 10^5，k = n：只有一个窗口")
    yield Case({"nums": randoms(rng), "k": rng.randint(100, 1000)}, note="max: n = 10^5, k in the hundreds, random",
               note_zh="最大：n = 10^5，k 为数百，随机")
    yield Case({"nums": falling(), "k": N_MAX // 2}, note="max: n = 10^5 falling in plateaus of 5, k = 5*10^4: the maximum leaves at every step",
               note_zh="最大：n = 10^5，每 5 个一级台阶地递减，k = 5*10^4：最大值每一步都离开窗口")
    yield Case({"nums": falling()[::-1], "k": N_MAX // 2}, note="max: n = 10^5 rising, k = 5*10^4",
               note_zh="最大：n = 10^5，递增，k = 5*10^4")
    yield Case({"nums": [rng.randint(-V_MAX, V_MAX)] * N_MAX, "k": 1000}, note="max: n = 10^5, all equal, k = 1000",
               note_zh="最大：n = 10^5，全部相等，k = 1000")
    yield Case({"nums": randoms(rng, 1), "k": 50}, note="max: n = 10^5, values in {-1, 0, 1}, k = 50: ties everywhere",
               note_zh="最大：n = 10^5，值取自 {-1, 0, 1}，k = 50：到处都是相等的值")
    peak = randoms(rng, V_MAX - 1)
    peak[-1] = V_MAX
    yield Case({"nums": peak, "k": N_MAX // 3}, note="max: n = 10^5, the single largest value at the very end",
               note_zh="最大：n = 10^5，唯一的最大值在最末尾")
    zigzag = [(V_MAX - i // 10) if i % 2 == 0 else -V_MAX for i in range(N_MAX)]
    yield Case({"nums": zigzag, "k": 2}, note="max: n = 10^5, a falling zigzag, k = 2", note_zh="最大：n = 10^5，递减的锯齿，k = 2")


def randoms(rng, span=V_MAX, n=N_MAX):
    return [rng.randint(-span, span) for _ in range(n)]


def falling(n=N_MAX):
    """From 10^4 down to -10^4, each value five times: as close to strictly falling as the range allows."""
    return [V_MAX - i // 5 for i in range(n)]


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    nums, k = given["nums"], given["k"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 10^5"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-10^4 <= nums[i] <= 10^4"
    assert type(k) is int and 1 <= k <= len(nums), "1 <= k <= nums.length"


SIZES = (6250, 12_500, 25_000, 50_000, N_MAX)  # for `compare`: n, with k = n / 2


def sized_input(rng, n):
    """Random values and k = n / 2: n / 2 windows, each as wide as the rest of the array."""
    return {"nums": randoms(rng, V_MAX, n), "k": n // 2}
