"""Hidden tests for longest-consecutive-sequence: edge cases with pinned answers (empty, one value, duplicates
inside a run, the last run the longest, negative values, values near +-10^9 and runs just inside them), then
seeded cases at n = 10^5: one long shuffled run (counting upwards from every value is O(n^2) on it), a long run
whose first value fills half the array (a loop over nums instead of the set counts the run once per copy), runs
across zero and up to 10^9, many short runs, heavy duplicates, and random values over the whole range.
"""

from harness.catalogue.cases import Case

N_MAX = 10**5
V_MAX = 10**9


def hidden_cases(rng):
    yield Case({"nums": []}, 0, "empty nums: the answer is 0", note_zh="nums 为空：答案是 0")
    yield Case({"nums": [7]}, 1, "one value", note_zh="只有一个值")
    yield Case({"nums": [-3, -2, -1, 0, 5]}, 4, "a run of negative values up to 0", note_zh="由负数到 0 的连续序列")
    yield Case({"nums": [1, 2, 2, 3]}, 3, "a duplicate inside the run neither breaks nor lengthens it",
               note_zh="序列中间的重复值既不会打断它，也不会让它变长")
    yield Case({"nums": [5, 5, 5, 5]}, 1, "all values equal", note_zh="所有值都相等")
    yield Case({"nums": [10, 20, 1, 2, 3, 4]}, 4, "the longest run is the last one in sorted order",
               note_zh="最长的序列在排序后位于最后")
    yield Case({"nums": [3, 2, 1]}, 3, "one run, in descending order", note_zh="只有一个序列，按降序排列")
    yield Case({"nums": [9, 1, -1, 4, 7, 3, 0, 5, 8, -1, 6]}, 7, "a run from 3 to 9 and one from -1 to 1",
               note_zh="一段从 3 到 9，另一段从 -1 到 1")
    yield Case({"nums": [-V_MAX, V_MAX]}, 1, "the two extremes are not consecutive", note_zh="两个极值并不相邻")
    yield Case({"nums": [V_MAX, V_MAX - 1, -V_MAX + 2, -V_MAX, -V_MAX + 1, -V_MAX + 1]}, 3,
               "runs at both extremes: -10^9 .. -10^9 + 2 and 10^9 - 1 .. 10^9",
               note_zh="两端的极值处各有一段：-10^9 .. -10^9 + 2 和 10^9 - 1 .. 10^9")
    yield Case({"nums": [V_MAX - 1, -V_MAX + 2, 0, V_MAX - 2, 1, -V_MAX + 1]}, 2,
               "runs of two just inside the extremes, from -10^9 + 1 and up to 10^9 - 1: a walk that starts from "
               "the bound -10^9 (or 10^9) as the previous value counts the bound into the first run",
               note_zh="紧贴极值内侧的两段长度为 2 的序列，分别从 -10^9 + 1 开始、到 10^9 - 1 结束：把边界 -10^9"
                       "（或 10^9）当作初始的前一个值来遍历，会把这个边界算进第一段")
    yield Case({"nums": [0, 2, 4, 6, 8]}, 1, "no two values consecutive", note_zh="没有任何两个值相邻")
    start = rng.randint(-V_MAX, V_MAX - N_MAX)
    yield Case({"nums": shuffled(rng, range(start, start + N_MAX))}, N_MAX,
               "max: n = 10^5, one shuffled run of 10^5 values: O(n^2) if every value starts a count",
               note_zh="最大：n = 10^5，一段打乱顺序的 10^5 个连续值：如果从每个值都开始数，就是 O(n^2)")
    half = N_MAX // 2
    yield Case({"nums": shuffled(rng, [0] * half + list(range(1, half + 1)))}, half + 1,
               "max: the run 0 .. 5 x 10^4, with 0 repeated 5 x 10^4 times: a loop over nums, not the set, "
               "counts the run once per copy",
               note_zh="最大：序列 0 .. 5 x 10^4，其中 0 重复了 5 x 10^4 次：遍历 nums 而不是集合，会为每一份 0 "
                       "把这一段数一遍")
    yield Case({"nums": shuffled(rng, range(-half, half))}, N_MAX, "max: one run of 10^5 values across zero",
               note_zh="最大：一段跨过 0 的 10^5 个连续值")
    yield Case({"nums": list(range(V_MAX, V_MAX - N_MAX, -1))}, N_MAX, "max: the run up to 10^9, descending",
               note_zh="最大：到 10^9 为止的一段连续值，按降序排列")
    yield Case({"nums": shuffled(rng, list(range(half)) + list(range(half + 1, N_MAX + 1)))}, half,
               "max: two runs of 5 x 10^4 with one value missing between them",
               note_zh="最大：两段各 5 x 10^4 个连续值，中间缺了一个值")
    yield short_runs(rng)
    yield with_duplicates(rng)
    yield Case({"nums": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)]},
               note="max: n = 10^5, random values over the whole range",
               note_zh="最大：n = 10^5，随机值取遍整个范围")
    yield Case({"nums": [rng.randint(-N_MAX, N_MAX) for _ in range(N_MAX)]},
               note="max: n = 10^5, random values in [-10^5, 10^5]: many runs, some long",
               note_zh="最大：n = 10^5，随机值取自 [-10^5, 10^5]：序列很多，有些很长")
    yield Case({"nums": [-V_MAX] * N_MAX}, 1, "max: 10^5 copies of -10^9", note_zh="最大：10^5 个 -10^9")


def shuffled(rng, values):
    values = list(values)
    rng.shuffle(values)
    return values


def short_runs(rng):
    """998 runs of 100 values and one of 101, gaps of 2 to 1000 between them, shuffled."""
    lengths = [100] * 998 + [101]
    rng.shuffle(lengths)
    nums, at = [], rng.randint(-V_MAX, -V_MAX // 2)
    for length in lengths:
        nums.extend(range(at, at + length))
        at += length + rng.randint(2, 1000)
    return Case({"nums": shuffled(rng, nums)}, 101, "max: about 10^3 runs of 100 values, one of them 101 long",
                note_zh="最大：约 10^3 段各 100 个连续值，其中一段长 101")


def with_duplicates(rng):
    """A run of 3 x 10^4 values, each repeated 1 to 5 times, up to 10^5 values, shuffled."""
    nums, run = [], 30_000
    start = rng.randint(-V_MAX, V_MAX - run)
    for x in range(start, start + run):
        nums.extend([x] * rng.randint(1, 5))
    nums = nums[:N_MAX]
    answer = max(x for x in nums) - start + 1
    return Case({"nums": shuffled(rng, nums)}, answer,
                "max: a long run whose values repeat 1 to 5 times each",
                note_zh="最大：一段很长的连续值，每个值重复 1 到 5 次")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    nums = given["nums"]
    assert isinstance(nums, list) and 0 <= len(nums) <= N_MAX, "0 <= nums.length <= 10^5"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-10^9 <= nums[i] <= 10^9"


SIZES = (6250, 12_500, 25_000, 50_000, N_MAX)  # for `compare`: n, the length of nums


def sized_input(rng, n):
    """One shuffled run of n values: a sort sorts them all, a set walks the whole run once."""
    start = rng.randint(-V_MAX, V_MAX - n)
    return {"nums": shuffled(rng, range(start, start + n))}
