"""Hidden tests for find-first-and-last-position-of-element-in-sorted-array: the empty array, one value (found,
below, above), runs of every length (one copy, two, an array of one value), runs at the start and at the end
(a last-bound search that cannot reach len(nums) - 1), a target absent in a gap (a lower and an upper bound that
meet, [i, i - 1]), below and above every value (reading nums[len(nums)]), adjacent runs, negatives and the
extremes, then arrays of 10^5 values with many duplicates: one value throughout, a run of thousands straddling
the middle (a search that stops at the first copy it meets), long runs at either end, a single copy, and an
absent target."""

from harness.catalogue.cases import Case

N_MAX = 10**5
V_MAX = 10**9


def walk(rng, n, start, repeat=0.6, step=10_000):
    """n non-decreasing values from `start`: each repeats the previous one with probability `repeat`, else rises
    by a random step (so runs of equal values are everywhere)."""
    values, value = [], start
    for i in range(n):
        if i and rng.random() >= repeat:
            value += rng.randint(1, step)
        values.append(value)
    return values


def with_run(rng, before, length, after, start=-V_MAX // 2):
    """`before` values below the target, `length` copies of it, `after` values above it; returns (nums, target)."""
    left = walk(rng, before, start)
    target = (left[-1] if left else start) + rng.randint(1, 10_000)
    right = walk(rng, after, target + rng.randint(1, 10_000))
    return left + [target] * length + right, target


def hidden_cases(rng):
    yield Case({"nums": [], "target": 5}, [-1, -1], "empty array", note_zh="空数组")
    yield Case({"nums": [], "target": -V_MAX}, [-1, -1], "empty array, target -10^9", note_zh="空数组，target 为 -10^9")
    yield Case({"nums": [8], "target": 8}, [0, 0], "one value, found: [0, 0]", note_zh="只有一个值，找到：[0, 0]")
    yield Case({"nums": [8], "target": 7}, [-1, -1], "one value, target below it", note_zh="只有一个值，target 比它小")
    yield Case({"nums": [8], "target": 9}, [-1, -1], "one value, target above it", note_zh="只有一个值，target 比它大")
    yield Case({"nums": [8, 8], "target": 8}, [0, 1], "two equal values: [0, 1]", note_zh="两个相等的值：[0, 1]")
    yield Case({"nums": [8, 8, 8, 8, 8], "target": 8}, [0, 4], "every value is the target", note_zh="每个值都是 target")
    yield Case({"nums": [1, 2, 2, 2, 2, 2, 2, 3], "target": 2}, [1, 6],
               "a run across the middle: the first probe lands inside it", note_zh="一段跨过中点的连续值：第一次探查就落在其中")
    yield Case({"nums": [1, 1, 2, 2, 3, 3], "target": 2}, [2, 3], "adjacent runs, the middle one",
               note_zh="相邻的几段，中间那段")
    yield Case({"nums": [1, 1, 2, 2, 3, 3], "target": 1}, [0, 1], "adjacent runs, the run at the start",
               note_zh="相邻的几段，开头那段")
    yield Case({"nums": [1, 1, 2, 2, 3, 3], "target": 3}, [4, 5], "adjacent runs, the run at the end",
               note_zh="相邻的几段，末尾那段")
    yield Case({"nums": [1, 2, 3], "target": 3}, [2, 2], "one copy at the last index (the upper bound is len(nums))",
               note_zh="只有一个，在最后一个下标（上界等于 len(nums)）")
    yield Case({"nums": [1, 2, 3], "target": 1}, [0, 0], "one copy at index 0", note_zh="只有一个，在下标 0")
    yield Case({"nums": [1, 3, 5, 7], "target": 4}, [-1, -1], "absent, in a gap: the two bounds meet (not [2, 1])",
               note_zh="不存在，落在空隙中：两个边界重合（不是 [2, 1]）")
    yield Case({"nums": [2, 2], "target": 3}, [-1, -1], "absent, above every value: the lower bound is len(nums)",
               note_zh="不存在，比所有值都大：下界等于 len(nums)")
    yield Case({"nums": [2, 2], "target": 1}, [-1, -1], "absent, below every value", note_zh="不存在，比所有值都小")
    yield Case({"nums": [-5, -5, -3], "target": -5}, [0, 1], "negative values", note_zh="负数")
    yield Case({"nums": [-V_MAX, -V_MAX, V_MAX, V_MAX], "target": V_MAX}, [2, 3], "extremes: target 10^9",
               note_zh="极值：target 为 10^9")
    yield Case({"nums": [-V_MAX, -V_MAX, V_MAX, V_MAX], "target": -V_MAX}, [0, 1], "extremes: target -10^9",
               note_zh="极值：target 为 -10^9")
    yield Case({"nums": [-V_MAX, -V_MAX, V_MAX - 1], "target": V_MAX}, [-1, -1], "target 10^9, above every value",
               note_zh="target 为 10^9，比所有值都大")

    same = [7] * N_MAX
    yield Case({"nums": same, "target": 7}, [0, N_MAX - 1], "max: 10^5 copies of the target: [0, 99999]",
               note_zh="最大：10^5 个 target：[0, 99999]")
    yield Case({"nums": same, "target": 8}, [-1, -1], "max: 10^5 equal values, target above them",
               note_zh="最大：10^5 个相等的值，target 比它们大")
    yield Case({"nums": same, "target": 6}, [-1, -1], "max: 10^5 equal values, target below them",
               note_zh="最大：10^5 个相等的值，target 比它们小")
    nums, target = with_run(rng, 47_000, 6_000, N_MAX - 53_000)
    yield Case({"nums": nums, "target": target}, [47_000, 52_999],
               "max: n = 10^5, a run of 6000 copies straddling the middle", note_zh="最大：n = 10^5，6000 个 target 跨过中点")
    nums, target = with_run(rng, N_MAX - 3_000, 3_000, 0)
    yield Case({"nums": nums, "target": target}, [N_MAX - 3_000, N_MAX - 1],
               "max: n = 10^5, a run of 3000 copies ending at the last index",
               note_zh="最大：n = 10^5，3000 个 target，一直到最后一个下标")
    nums, target = with_run(rng, 0, 2_500, N_MAX - 2_500)
    yield Case({"nums": nums, "target": target}, [0, 2_499], "max: n = 10^5, a run of 2500 copies from index 0",
               note_zh="最大：n = 10^5，从下标 0 开始的 2500 个 target")
    nums, target = with_run(rng, 61_234, 1, N_MAX - 61_235)
    yield Case({"nums": nums, "target": target}, [61_234, 61_234], "max: n = 10^5, a single copy at index 61234",
               note_zh="最大：n = 10^5，只有一个 target，在下标 61234")
    nums = walk(rng, N_MAX - 1, -V_MAX // 2)
    i = rng.randrange(N_MAX // 4, 3 * N_MAX // 4)
    while nums[i + 1] - nums[i] < 2:
        i += 1
    yield Case({"nums": nums, "target": nums[i] + 1}, [-1, -1], "max: n = 99999, the target absent in a gap",
               note_zh="最大：n = 99999，target 不存在，落在空隙中")
    yield Case({"nums": nums, "target": nums[i]}, note="max: n = 99999, the target's run ending where the gap starts",
               note_zh="最大：n = 99999，target 的那一段在空隙前结束")
    yield Case({"nums": nums, "target": V_MAX}, [-1, -1], "max: n = 99999, target 10^9 above every value",
               note_zh="最大：n = 99999，target 为 10^9，比所有值都大")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums, target = given["nums"], given["target"]
    assert isinstance(nums, list) and 0 <= len(nums) <= N_MAX, "0 <= nums.length <= 10^5"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-10^9 <= nums[i] <= 10^9"
    assert all(a <= b for a, b in zip(nums, nums[1:])), "nums is sorted in non-decreasing order"
    assert type(target) is int and -V_MAX <= target <= V_MAX, "-10^9 <= target <= 10^9"


SIZES = (12_500, 25_000, 50_000, N_MAX)  # for `compare`: the length of nums, doubling up to the maximum


def sized_input(rng, n):
    """A run of n/8 copies of the target starting at 3n/4: a scan walks 7n/8 values, expanding from a hit walks
    the run (n/8), two bound searches about 2 log2(n) steps."""
    nums, target = with_run(rng, 3 * n // 4, n // 8, n - 3 * n // 4 - n // 8)
    return {"nums": nums, "target": target}
