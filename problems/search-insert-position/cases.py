"""Hidden tests for search-insert-position: one value (found, below, above), two values (every place), the target
at the first and at the last index (a strict `>` or bisect_right answers one too far), below every value (0) and
above every value (len(nums): a search whose range ends at len(nums) - 1 cannot return it, a scan without a final
return gives None), a gap between irregularly spaced values (no arithmetic on the values), negatives and the
extremes -10^4 and 10^4, then arrays of 10^4 distinct random values (even and odd lengths) with the target
present, in a gap, at either end and beyond either end."""

from harness.catalogue.cases import Case

N_MAX = 10**4
V_MAX = 10**4


def distinct_sorted(rng, n):
    """n distinct sorted values from [-10^4, 10^4], with gaps of random widths (about half the values are absent)."""
    return sorted(rng.sample(range(-V_MAX, V_MAX + 1), n))


def absent_between(rng, nums, lo, hi):
    """A value absent from nums, strictly between nums[lo] and nums[hi] (which must leave a gap)."""
    present = set(nums)
    gaps = [v for v in range(nums[lo] + 1, nums[hi]) if v not in present]
    return rng.choice(gaps)


def hidden_cases(rng):
    yield Case({"nums": [5], "target": 5}, 0, "one value, found", note_zh="只有一个值，找到")
    yield Case({"nums": [5], "target": 2}, 0, "one value, target below it", note_zh="只有一个值，target 比它小")
    yield Case({"nums": [5], "target": 8}, 1, "one value, target above it: the answer is len(nums) = 1",
               note_zh="只有一个值，target 比它大：答案是 len(nums) = 1")
    yield Case({"nums": [1, 3], "target": 0}, 0, "two values, target below both", note_zh="两个值，target 比两者都小")
    yield Case({"nums": [1, 3], "target": 2}, 1, "two values, target between them", note_zh="两个值，target 在两者之间")
    yield Case({"nums": [1, 3], "target": 3}, 1, "two values, target is the second (the last index)",
               note_zh="两个值，target 是第二个（最后一个下标）")
    yield Case({"nums": [1, 3], "target": 4}, 2, "two values, target above both: 2", note_zh="两个值，target 比两者都大：2")
    yield Case({"nums": [1, 3, 5, 6], "target": 1}, 0, "target is the first value", note_zh="target 是第一个值")
    yield Case({"nums": [1, 3, 5, 6], "target": 6}, 3, "target is the last value: 3, not 4 (a strict > or bisect_right)",
               note_zh="target 是最后一个值：3 而不是 4（严格大于号或 bisect_right）")
    yield Case({"nums": [1, 3, 5, 6], "target": 0}, 0, "target below every value: 0", note_zh="target 比所有值都小：0")
    yield Case({"nums": [1, 3, 5, 6], "target": 4}, 2, "target in a gap, not found: its insert position, not -1",
               note_zh="target 在空隙中、不存在：返回插入位置，而不是 -1")
    yield Case({"nums": [2, 4, 8, 16, 32, 64, 128], "target": 9}, 3,
               "irregular gaps: 9 goes between 8 and 16 (no arithmetic on the values)",
               note_zh="不规则的间隔：9 插在 8 和 16 之间（不能靠对值做算术得到下标）")
    yield Case({"nums": [2, 4, 8, 16, 32, 64, 128], "target": 100}, 6, "target between the last two values",
               note_zh="target 在最后两个值之间")
    yield Case({"nums": [-7, -3, -1], "target": -2}, 2, "negative values", note_zh="负数")
    yield Case({"nums": [-V_MAX, V_MAX], "target": -V_MAX}, 0, "extremes: target -10^4 is the first value",
               note_zh="极值：target 为 -10^4，是第一个值")
    yield Case({"nums": [-V_MAX, V_MAX], "target": V_MAX}, 1, "extremes: target 10^4 is the last value",
               note_zh="极值：target 为 10^4，是最后一个值")
    yield Case({"nums": [-V_MAX + 1, 0, V_MAX - 1], "target": V_MAX}, 3, "target 10^4, above every value",
               note_zh="target 为 10^4，比所有值都大")
    yield Case({"nums": [-V_MAX + 1, 0, V_MAX - 1], "target": -V_MAX}, 0, "target -10^4, below every value",
               note_zh="target 为 -10^4，比所有值都小")
    for n in (N_MAX, N_MAX - 1):
        nums = distinct_sorted(rng, n)
        while nums[0] == -V_MAX or nums[-1] == V_MAX or nums[-1] - nums[-2] < 2:
            nums = distinct_sorted(rng, n)
        i = rng.randrange(1, n - 1)
        yield Case({"nums": nums, "target": nums[i]}, i, f"max: n = {n}, target present at index {i}",
                   note_zh=f"最大：n = {n}，target 在下标 {i}")
        j = rng.randrange(n // 4, 3 * n // 4)
        while nums[j + 1] - nums[j] < 2:
            j += 1
        yield Case({"nums": nums, "target": absent_between(rng, nums, j, j + 1)}, j + 1,
                   f"max: n = {n}, target absent, between indices {j} and {j + 1}",
                   note_zh=f"最大：n = {n}，target 不存在，介于下标 {j} 与 {j + 1} 之间")
        yield Case({"nums": nums, "target": nums[0]}, 0, f"max: n = {n}, target is the first value",
                   note_zh=f"最大：n = {n}，target 是第一个值")
        yield Case({"nums": nums, "target": nums[-1]}, n - 1, f"max: n = {n}, target is the last value",
                   note_zh=f"最大：n = {n}，target 是最后一个值")
        yield Case({"nums": nums, "target": absent_between(rng, nums, n - 2, n - 1)}, n - 1,
                   f"max: n = {n}, target between the last two values", note_zh=f"最大：n = {n}，target 在最后两个值之间")
        yield Case({"nums": nums, "target": -V_MAX}, 0, f"max: n = {n}, target -10^4, below every value",
                   note_zh=f"最大：n = {n}，target 为 -10^4，比所有值都小")
        yield Case({"nums": nums, "target": V_MAX}, n, f"max: n = {n}, target 10^4, above every value: {n}",
                   note_zh=f"最大：n = {n}，target 为 10^4，比所有值都大：{n}")
    run = list(range(-V_MAX, -V_MAX + N_MAX))
    yield Case({"nums": run, "target": V_MAX}, N_MAX, "max: 10^4 consecutive values from -10^4, target 10^4 above them",
               note_zh="最大：从 -10^4 开始的 10^4 个连续值，target 为 10^4，比它们都大")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums, target = given["nums"], given["target"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 10^4"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-10^4 <= nums[i] <= 10^4"
    assert all(a < b for a, b in zip(nums, nums[1:])), "nums is sorted ascending, its values distinct"
    assert type(target) is int and -V_MAX <= target <= V_MAX, "-10^4 <= target <= 10^4"


SIZES = (1250, 2500, 5000, N_MAX)  # for `compare`: the length of nums, doubling up to the maximum


def sized_input(rng, n):
    """n distinct sorted values and a target absent from them, past three quarters of the array: a scan walks
    3n/4 values, a binary search about log2(n) steps."""
    nums = distinct_sorted(rng, n)
    j = 3 * n // 4
    while nums[j + 1] - nums[j] < 2:
        j += 1
    return {"nums": nums, "target": absent_between(rng, nums, j, j + 1)}
