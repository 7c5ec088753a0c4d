"""Hidden tests for move-zeroes: one element, all zeros, no zeros (where a solution that changes nothing passes,
so never alone), zeros already at the end, consecutive zeros (which a remove-while-iterating loop skips), negative
and repeated values (which a sort or a dedupe scrambles), the 32-bit extremes, and maxima of 10^4 values: random
with a fifth of zeros, and 5000 zeros before 5000 values, which bubbling the zeros back one swap at a time does
not finish."""

from harness.catalogue.cases import Case

N_MAX = 10**4
V_MAX = 2**31 - 1


def hidden_cases(rng):
    yield Case({"nums": [5]}, [5], "one non-zero value", note_zh="只有一个非零值")
    yield Case({"nums": [0, 0, 0]}, [0, 0, 0], "all zeros", note_zh="全是 0")
    yield Case({"nums": [3, 1, 2]}, [3, 1, 2], "no zeros: nothing moves", note_zh="没有 0：什么都不用动")
    yield Case({"nums": [1, 0]}, [1, 0], "the zero is already last", note_zh="0 已经在最后")
    yield Case({"nums": [0, 1]}, [1, 0], "two values, the zero first", note_zh="两个值，0 在前")
    yield Case({"nums": [0, 0, 1]}, [1, 0, 0], "consecutive zeros: removing while iterating skips one",
               note_zh="连续的 0：边遍历边删除会跳过一个")
    yield Case({"nums": [2, 0, -1, 0, 0, 3, -1]}, [2, -1, 3, -1, 0, 0, 0],
               "negative and repeated values keep their order (a sort scrambles them)",
               note_zh="负数和重复值保持原有顺序（排序会打乱它们）")
    yield Case({"nums": [9, 8, 0, 7, 6]}, [9, 8, 7, 6, 0], "descending values around a zero: swapping the zero "
               "with the last value breaks the order", note_zh="0 前后是降序的值：把 0 和最后一个值交换会打乱顺序")
    yield Case({"nums": [-2**31, 0, V_MAX, 0]}, [-2**31, V_MAX, 0, 0], "the 32-bit extremes",
               note_zh="32 位整数的极值")
    yield Case({"nums": [0] * 4 + [1] + [0] * 3 + [1, 1]}, [1, 1, 1] + [0] * 7, "runs of zeros between equal values",
               note_zh="相同的值之间夹着成段的 0")
    nums = [0 if rng.random() < 0.2 else rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)]
    yield Case({"nums": nums}, note="max: n = 10^4, random, a fifth of them zeros",
               note_zh="最大：n = 10^4，随机，约五分之一是 0")
    yield Case({"nums": [0] * (N_MAX // 2) + [rng.randint(1, 100) for _ in range(N_MAX // 2)]},
               note="max: 5000 zeros, then 5000 values", note_zh="最大：5000 个 0 之后是 5000 个值")
    yield Case({"nums": [rng.randint(-V_MAX, V_MAX) or 1 for _ in range(N_MAX - 1)] + [0]},
               note="max: one zero, already last", note_zh="最大：只有一个 0，且已经在最后")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 10^4"
    assert all(type(x) is int and -2**31 <= x <= V_MAX for x in nums), "-2^31 <= nums[i] <= 2^31 - 1"


SIZES = (1250, 2500, 5000, N_MAX)  # for `compare`: the length of nums, doubling up to the maximum


def sized_input(rng, n):
    return {"nums": [0 if rng.random() < 0.3 else rng.randint(-V_MAX, V_MAX) for _ in range(n)]}
