"""Hidden tests for maximum-subarray: a small case per classic mistake with a pinned answer (all negative, a
subarray from index 0, one ending at the last element, a negative element worth crossing), then arrays of 10^5
elements: uniform over the whole range, drifting negative or positive, all negative, and the extremes."""

from harness.catalogue.cases import Case

N_MAX = 10**5
V_MAX = 10**4


def hidden_cases(rng):
    yield Case({"nums": [-1]}, -1, "a single negative number", note_zh="只有一个负数")
    yield Case({"nums": [-5, -2, -8, -1, -3]}, -1, "all negative: the answer is not 0 (best starting at 0)",
               note_zh="全为负数：答案不是 0（best 初始化为 0 的错误）")
    yield Case({"nums": [0]}, 0, "a single zero", note_zh="只有一个 0")
    yield Case({"nums": [-3, 0, -1]}, 0, "negatives and a zero", note_zh="负数和一个 0")
    yield Case({"nums": [1, 2, 3]}, 6, "all positive: the whole array, starting at index 0",
               note_zh="全为正数：整个数组，从下标 0 开始")
    yield Case({"nums": [5, -1, 5]}, 9, "a negative element worth crossing: reset the sum, not at every negative",
               note_zh="值得跨过的负数：累加和变负才清零，而不是遇到负数就清零")
    yield Case({"nums": [3, -5, 4]}, 4, "not the sum of the positive numbers (a subsequence)",
               note_zh="不是所有正数之和（那是子序列）")
    yield Case({"nums": [-2, 1, -3, 4]}, 4, "the best subarray is the last element alone",
               note_zh="最优子数组就是最后一个元素")
    yield Case({"nums": [2, -1, 2]}, 3, "more than the largest element", note_zh="比最大的单个元素更大")
    yield Case({"nums": [-1, 2, -3, 2, 2]}, 4, "a later run beats an earlier one", note_zh="后面的一段胜过前面的一段")
    yield Case({"nums": [8, -19, 5, -4, 20]}, 21, "a run after a deep drop", note_zh="大幅下跌之后的一段")
    yield Case({"nums": [V_MAX] * N_MAX}, V_MAX * N_MAX, "max: n = 10^5, all 10^4: the sum 10^9",
               note_zh="最大：n = 10^5，全为 10^4：和为 10^9")
    yield Case({"nums": [-V_MAX] * N_MAX}, -V_MAX, "max: n = 10^5, all -10^4", note_zh="最大：n = 10^5，全为 -10^4")
    yield Case({"nums": [0] * N_MAX}, 0, "max: n = 10^5, all zeros", note_zh="最大：n = 10^5，全为 0")
    for _ in range(3):
        yield Case({"nums": uniform(rng, -V_MAX, V_MAX)}, note="max: n = 10^5, uniform over [-10^4, 10^4]",
                   note_zh="最大：n = 10^5，均匀分布于 [-10^4, 10^4]")
    yield Case({"nums": uniform(rng, -V_MAX, V_MAX // 2)}, note="max: n = 10^5, drifting negative: short runs win",
               note_zh="最大：n = 10^5，整体偏负：短的一段胜出")
    yield Case({"nums": uniform(rng, -V_MAX // 2, V_MAX)}, note="max: n = 10^5, drifting positive: a long run wins",
               note_zh="最大：n = 10^5，整体偏正：长的一段胜出")
    nums = uniform(rng, -V_MAX, -1)
    nums[-1] = -1
    yield Case({"nums": nums}, -1, "max: n = 10^5, all negative, the largest (-1) at the very end",
               note_zh="最大：n = 10^5，全为负数，最大的（-1）在最末尾")
    nums = uniform(rng, -V_MAX, -2)
    nums[0] = -1
    yield Case({"nums": nums}, -1, "max: n = 10^5, all negative, the largest at the very start",
               note_zh="最大：n = 10^5，全为负数，最大的在最开头")
    nums = uniform(rng, 0, V_MAX)
    yield Case({"nums": nums}, sum(nums), "max: n = 10^5, non-negative: the whole array",
               note_zh="最大：n = 10^5，全为非负数：整个数组")
    nums = uniform(rng, -V_MAX, V_MAX // 4, N_MAX - 2000)
    yield Case({"nums": nums + [V_MAX] * 2000}, note="max: n = 10^5, the best run ends at the last element",
               note_zh="最大：n = 10^5，最优的一段以最后一个元素结尾")
    yield Case({"nums": [-V_MAX] + uniform(rng, -V_MAX // 2, V_MAX, N_MAX - 2) + [-V_MAX]},
               note="max: n = 10^5, everything but the two ends (-10^4 each)",
               note_zh="最大：n = 10^5，除两端（各为 -10^4）以外的全部")


def uniform(rng, low, high, n=N_MAX):
    return [rng.randint(low, high) for _ in range(n)]


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 10^5"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-10^4 <= nums[i] <= 10^4"


SIZES = (6250, 12_500, 25_000, 50_000, N_MAX)  # for `compare`: n, the length of nums


def sized_input(rng, n):
    """Uniform over the whole range: every approach reads every element."""
    return {"nums": uniform(rng, -V_MAX, V_MAX, n)}
