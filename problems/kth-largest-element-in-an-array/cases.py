"""Hidden tests for kth-largest-element-in-an-array: short lists with pinned answers, one per classic mistake (the
k-th smallest, an index off by one, distinct values only, a heap of the first k values never heapified, counting
without an offset for negative values, a count table that stops above -10^4), then 10^5 values: sorted up and
down, all equal, sorted with every value repeated, random with k = 1, n / 2 and n, and three values. The sorted and
all-equal ones make a quickselect with a fixed pivot, or a random pivot with a two-way split, take O(n^2), as
LeetCode's own tests do."""

from harness.catalogue.cases import Case

N_MAX = 10**5
V_MAX = 10**4


def hidden_cases(rng):
    yield Case({"nums": [1], "k": 1}, 1, "one value", note_zh="只有一个值")
    yield Case({"nums": [-V_MAX], "k": 1}, -V_MAX, "one value, -10^4: the bottom of the range",
               note_zh="只有一个值 -10^4：值域的下限")
    yield Case({"nums": [2, 1], "k": 1}, 2, "k = 1: the largest, not the smallest", note_zh="k = 1：最大值，而不是最小值")
    yield Case({"nums": [2, 1], "k": 2}, 1, "k = n: the smallest", note_zh="k = n：最小值")
    yield Case({"nums": [1, 2, 3, 4, 5, 6], "k": 2}, 5, "the 2nd largest, neither the 2nd smallest nor the 3rd largest",
               note_zh="第 2 大，既不是第 2 小，也不是第 3 大")
    yield Case({"nums": [1, 2, 2, 3], "k": 3}, 2, "duplicates count: the 3rd largest of [1,2,2,3] is 2, not 1",
               note_zh="重复的值要计数：[1,2,2,3] 的第 3 大是 2，而不是 1")
    yield Case({"nums": [7, 7, 7, 7], "k": 3}, 7, "all equal", note_zh="全部相等")
    yield Case({"nums": [5, 1, 4, 3, 2], "k": 3}, 3, "the first k values are not in heap order",
               note_zh="前 k 个值不满足堆序")
    yield Case({"nums": [-1, -3, 2, 0], "k": 2}, 0, "negative values", note_zh="负数")
    yield Case({"nums": [-5, -2, -9, -2], "k": 3}, -5, "negative values only, with a duplicate", note_zh="全是负数，有重复")
    yield Case({"nums": [V_MAX, -V_MAX], "k": 2}, -V_MAX, "both extremes, the answer -10^4", note_zh="两个极值，答案是 -10^4")
    yield Case({"nums": [V_MAX, -V_MAX, 0], "k": 1}, V_MAX, "both extremes, the answer 10^4", note_zh="两个极值，答案是 10^4")

    yield Case({"nums": [-V_MAX + i * 2 * V_MAX // N_MAX for i in range(N_MAX)], "k": N_MAX // 2},
               note="max: n = 10^5, sorted ascending from -10^4 to 10^4, k = n / 2 (a fixed last pivot: O(n^2))",
               note_zh="最大：n = 10^5，从 -10^4 升到 10^4，k = n / 2（固定取最后一个作基准：O(n^2)）")
    yield Case({"nums": [V_MAX - i * 2 * V_MAX // N_MAX for i in range(N_MAX)], "k": N_MAX // 3},
               note="max: n = 10^5, sorted descending from 10^4 to -10^4", note_zh="最大：n = 10^5，从 10^4 降到 -10^4")
    yield Case({"nums": [3] * N_MAX, "k": N_MAX // 2}, 3,
               "max: n = 10^5, all equal (a two-way split: O(n^2) even with a random pivot)",
               note_zh="最大：n = 10^5，全部相等（两路划分：即使基准随机也是 O(n^2)）")
    yield Case({"nums": [-V_MAX + i // 5 for i in range(N_MAX)], "k": 1},
               note="max: n = 10^5, sorted, every value five times, k = 1",
               note_zh="最大：n = 10^5，有序，每个值出现五次，k = 1")
    yield Case({"nums": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)], "k": 1}, note="max: n = 10^5, random, k = 1",
               note_zh="最大：n = 10^5，随机，k = 1")
    yield Case({"nums": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)], "k": N_MAX},
               note="max: n = 10^5, random, k = n", note_zh="最大：n = 10^5，随机，k = n")
    yield Case({"nums": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)], "k": rng.randint(1, N_MAX)},
               note="max: n = 10^5, random, random k", note_zh="最大：n = 10^5，随机，k 随机")
    yield Case({"nums": [rng.choice([-1, 0, 1]) for _ in range(N_MAX)], "k": N_MAX // 2},
               note="max: n = 10^5, three values: huge runs of duplicates", note_zh="最大：n = 10^5，只有三种值：大量重复")
    mostly = [rng.randint(-100, 100) for _ in range(N_MAX - 2)] + [V_MAX, -V_MAX]
    rng.shuffle(mostly)
    yield Case({"nums": mostly, "k": N_MAX}, -V_MAX, "max: n = 10^5, k = n, the answer -10^4",
               note_zh="最大：n = 10^5，k = n，答案是 -10^4")
    for n in (10, 100, 1000):
        nums = [rng.randint(-50, 50) for _ in range(n)]
        yield Case({"nums": nums, "k": rng.randint(1, n)}, note=f"random, n = {n}, many duplicates",
                   note_zh=f"随机，n = {n}，大量重复")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums, k = given["nums"], given["k"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 10^5"
    assert type(k) is int and 1 <= k <= len(nums), "1 <= k <= nums.length"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-10^4 <= nums[i] <= 10^4"


SIZES = (6250, 12_500, 25_000, 50_000, N_MAX)  # for `compare`: the length of nums


def sized_input(rng, n):
    """Random values, k in the middle: a heap holds n / 2 values, quickselect partitions every level."""
    return {"nums": [rng.randint(-V_MAX, V_MAX) for _ in range(n)], "k": n // 2}
