"""Hidden tests for rotate-array: one value (with k = 0 and a huge k), k = 0, k = n and k a multiple of n (where
nothing moves, so never alone), k = n - 1 (one step left), k > n (no `k %= n`), n and k sharing a factor (cyclic
replacements that follow only the first cycle), a direction-revealing rotation, equal and extreme values, and
maxima of 10^5 values: k around 5*10^4 (one step at a time does not finish), k sharing a large factor with n,
k > n, and k = n."""

from harness.catalogue.cases import Case

N_MAX = 10**5
K_MAX = 10**5
V_MAX = 2**31 - 1


def _values(rng, n):
    return [rng.randint(-V_MAX - 1, V_MAX) for _ in range(n)]


def hidden_cases(rng):
    yield Case({"nums": [5], "k": 0}, [5], "one value, k = 0", note_zh="只有一个值，k = 0")
    yield Case({"nums": [5], "k": K_MAX}, [5], "one value, k = 10^5", note_zh="只有一个值，k = 10^5")
    yield Case({"nums": [1, 2, 3], "k": 0}, [1, 2, 3], "k = 0: nothing moves", note_zh="k = 0：什么都不动")
    yield Case({"nums": [1, 2, 3, 4], "k": 4}, [1, 2, 3, 4], "k = n: nothing moves", note_zh="k = n：什么都不动")
    yield Case({"nums": [1, 2, 3, 4, 5, 6, 7], "k": 10}, [5, 6, 7, 1, 2, 3, 4],
               "k > n: 10 steps on 7 values are 3", note_zh="k > n：7 个值轮转 10 步等于 3 步")
    yield Case({"nums": [1, 2, 3], "k": 9}, [1, 2, 3], "k a multiple of n, above n", note_zh="k 是 n 的倍数且大于 n")
    yield Case({"nums": [1, 2, 3, 4, 5], "k": 1}, [5, 1, 2, 3, 4], "one step right (the last value comes first, "
               "not the first value last)", note_zh="向右一步（最后一个值到最前面，而不是第一个值到最后）")
    yield Case({"nums": [1, 2, 3, 4, 5], "k": 4}, [2, 3, 4, 5, 1], "k = n - 1: the same as one step left",
               note_zh="k = n - 1：等于向左一步")
    yield Case({"nums": [1, 2, 3, 4, 5, 6], "k": 2}, [5, 6, 1, 2, 3, 4],
               "n = 6, k = 2: two cycles of replacements", note_zh="n = 6，k = 2：环状替换有两个环")
    yield Case({"nums": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "k": 8}, [5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4],
               "n = 12, k = 8: four cycles", note_zh="n = 12，k = 8：四个环")
    yield Case({"nums": [10, 20, 30, 40, 50, 60, 70, 80, 90], "k": 3}, [70, 80, 90, 10, 20, 30, 40, 50, 60],
               "n = 9, k = 3: three cycles", note_zh="n = 9，k = 3：三个环")
    yield Case({"nums": [1, 2], "k": 3}, [2, 1], "two values, k = 3", note_zh="两个值，k = 3")
    yield Case({"nums": [7, 7, 7, 7, 7], "k": 2}, [7, 7, 7, 7, 7], "all values equal", note_zh="所有值都相等")
    yield Case({"nums": [-2**31, V_MAX, 0, -1], "k": 1}, [-1, -2**31, V_MAX, 0], "the 32-bit extremes",
               note_zh="32 位整数的极值")
    yield Case({"nums": _values(rng, N_MAX), "k": 54_321}, note="max: n = 10^5, k = 54321 (k and n coprime)",
               note_zh="最大：n = 10^5，k = 54321（与 n 互质）")
    yield Case({"nums": _values(rng, N_MAX), "k": 40_000}, note="max: n = 10^5, k = 40000: 20000 cycles",
               note_zh="最大：n = 10^5，k = 40000：20000 个环")
    yield Case({"nums": _values(rng, 60_000), "k": K_MAX}, note="max k = 10^5 > n = 60000 (k mod n = 40000)",
               note_zh="最大 k = 10^5 > n = 60000（k mod n = 40000）")
    yield Case({"nums": _values(rng, 99_999), "k": 33_333}, note="n = 99999, k = 33333: three cycles",
               note_zh="n = 99999，k = 33333：三个环")
    yield Case({"nums": _values(rng, N_MAX), "k": K_MAX}, note="max: k = n = 10^5: nothing moves",
               note_zh="最大：k = n = 10^5：什么都不动")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums, k = given["nums"], given["k"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 10^5"
    assert all(type(x) is int and -2**31 <= x <= V_MAX for x in nums), "-2^31 <= nums[i] <= 2^31 - 1"
    assert type(k) is int and 0 <= k <= K_MAX, "0 <= k <= 10^5"


SIZES = (12_500, 25_000, 50_000, N_MAX)  # for `compare`: the length of nums, doubling up to the maximum


def sized_input(rng, n):
    return {"nums": _values(rng, n), "k": 3 * n // 7}
