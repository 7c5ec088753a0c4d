"""Hidden tests for search-in-rotated-sorted-array: one value (found, absent either side); two values both ways,
where lo == mid (a strict nums[lo] < nums[mid] picks the wrong sorted half); the target at the range's ends
(nums[lo] and nums[hi], excluded by strict range checks), at the largest value and at the minimum (either side of
the drop), absent between the two segments, below and above everything; arrays not rotated (a pivot-first search
whose first segment is empty), rotated at 1 and at n - 1; sorted-then-searched indices (the sorted array's index,
not nums'); then arrays of 5000 distinct random values (and 4999) rotated at 0, 1, n - 1 and random indices, with
the target in either segment, at either end, at the drop, or absent."""

from harness.catalogue.cases import Case

N_MAX = 5000
V_MAX = 10**4


def rotated(values, k):
    """`values` (sorted) rotated left at index k, as LC33 words it: values[k:] + values[:k]."""
    return values[k:] + values[:k]


def distinct_sorted(rng, n):
    return sorted(rng.sample(range(-V_MAX, V_MAX + 1), n))


def absent_between(rng, nums, i):
    """A value absent from nums, strictly between nums[i] and nums[i + 1] (which must leave a gap)."""
    present = set(nums)
    return rng.choice([v for v in range(nums[i] + 1, nums[i + 1]) if v not in present])


def hidden_cases(rng):
    yield Case({"nums": [1], "target": 1}, 0, "one value, found", note_zh="只有一个值，找到")
    yield Case({"nums": [1], "target": 2}, -1, "one value, target above it", note_zh="只有一个值，target 比它大")
    yield Case({"nums": [3, 1], "target": 1}, 1, "two values rotated, target second: lo == mid (nums[lo] <= nums[mid])",
               note_zh="两个值旋转过，target 是第二个：lo == mid（nums[lo] <= nums[mid]）")
    yield Case({"nums": [3, 1], "target": 3}, 0, "two values rotated, target first", note_zh="两个值旋转过，target 是第一个")
    yield Case({"nums": [3, 1], "target": 2}, -1, "two values rotated, target between them",
               note_zh="两个值旋转过，target 在两者之间")
    yield Case({"nums": [1, 3], "target": 3}, 1, "two values not rotated, target second",
               note_zh="两个值没有旋转，target 是第二个")
    yield Case({"nums": [4, 5, 6, 7, 0, 1, 2], "target": 4}, 0, "target is nums[0], the left end of the sorted half",
               note_zh="target 是 nums[0]，即有序那一半的左端")
    yield Case({"nums": [4, 5, 6, 7, 0, 1, 2], "target": 2}, 6, "target is the last value, the right end",
               note_zh="target 是最后一个值，即右端")
    yield Case({"nums": [4, 5, 6, 7, 0, 1, 2], "target": 7}, 3, "target is the largest value, just before the drop",
               note_zh="target 是最大值，就在断点之前")
    yield Case({"nums": [4, 5, 6, 7, 0, 1, 2], "target": 8}, -1, "target above every value", note_zh="target 比所有值都大")
    yield Case({"nums": [4, 5, 6, 7, 0, 1, 2], "target": -1}, -1, "target below every value", note_zh="target 比所有值都小")
    yield Case({"nums": [6, 7, 8, 1, 2, 3, 4, 5], "target": 5}, 7, "even length, target at the last index",
               note_zh="偶数长度，target 在最后一个下标")
    yield Case({"nums": [6, 7, 8, 1, 2, 3, 4, 5], "target": 6}, 0, "even length, target at index 0",
               note_zh="偶数长度，target 在下标 0")
    yield Case({"nums": [5, 1, 3], "target": 5}, 0, "[5,1,3], target 5: the left end, with the right half sorted",
               note_zh="[5,1,3]，target 为 5：在左端，而右半部分有序")
    yield Case({"nums": [5, 1, 3], "target": 3}, 2, "[5,1,3], target 3 at the last index",
               note_zh="[5,1,3]，target 为 3，在最后一个下标")
    yield Case({"nums": [1, 3, 5, 7, 9, 11], "target": 1}, 0, "not rotated, target first", note_zh="没有旋转，target 是第一个")
    yield Case({"nums": [1, 3, 5, 7, 9, 11], "target": 11}, 5, "not rotated, target last", note_zh="没有旋转，target 是最后一个")
    yield Case({"nums": [1, 3, 5, 7, 9, 11], "target": 6}, -1, "not rotated, target absent in a gap",
               note_zh="没有旋转，target 不存在，落在空隙中")
    yield Case({"nums": [3, 5, 7, 9, 11, 1], "target": 1}, 5, "rotated at n - 1: the minimum last, and it is the target",
               note_zh="在 n - 1 处旋转：最小值在最后，而且就是 target")
    yield Case({"nums": [11, 1, 3, 5, 7, 9], "target": 11}, 0, "rotated at 1: the maximum first, and it is the target",
               note_zh="在 1 处旋转：最大值在最前，而且就是 target")
    yield Case({"nums": [30, 40, 50, 10, 20], "target": 25}, -1, "absent, between the two segments' values",
               note_zh="不存在，数值介于两段之间")
    yield Case({"nums": [30, 40, 50, 10, 20], "target": 40}, 1, "the index in nums, not in the sorted array",
               note_zh="返回 nums 中的下标，而不是排序后数组中的下标")
    yield Case({"nums": [V_MAX, -V_MAX], "target": -V_MAX}, 1, "the extremes: target -10^4", note_zh="极值：target 为 -10^4")
    yield Case({"nums": [-3, -1, -8, -6], "target": -6}, 3, "negative values", note_zh="负数")
    for n in (N_MAX, N_MAX - 1):
        values = distinct_sorted(rng, n)
        for k, what, what_zh in ((0, "not rotated", "没有旋转"), (1, "rotated at 1", "在 1 处旋转"),
                                 (n - 1, "rotated at n - 1", "在 n - 1 处旋转"),
                                 (rng.randrange(2, n - 2), "rotated at a random index", "在随机位置旋转")):
            nums = rotated(values, k)
            i = rng.randrange(n)
            yield Case({"nums": nums, "target": nums[i]}, i, f"max: n = {n}, {what} (k = {k}), target at index {i}",
                       note_zh=f"最大：n = {n}，{what_zh}（k = {k}），target 在下标 {i}")
        k = rng.randrange(n // 4, 3 * n // 4)
        nums = rotated(values, k)
        for i, where, where_zh in ((0, "at index 0", "在下标 0"), (n - 1, "at the last index", "在最后一个下标"),
                                   (n - k - 1, "the largest value, before the drop", "是最大值，在断点之前"),
                                   (n - k, "the smallest value, after the drop", "是最小值，在断点之后"),
                                   (rng.randrange(n - k), "in the first segment", "在第一段中"),
                                   (rng.randrange(n - k, n), "in the second segment", "在第二段中")):
            yield Case({"nums": nums, "target": nums[i]}, i, f"max: n = {n}, k = {k}, the target {where}",
                       note_zh=f"最大：n = {n}，k = {k}，target {where_zh}")
        j = next(j for j in range(rng.randrange(n - 1), 2 * n) if values[j % (n - 1) + 1] - values[j % (n - 1)] > 1)
        yield Case({"nums": nums, "target": absent_between(rng, values, j % (n - 1))}, -1,
                   f"max: n = {n}, k = {k}, the target absent", note_zh=f"最大：n = {n}，k = {k}，target 不存在")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums, target = given["nums"], given["target"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 5000"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-10^4 <= nums[i] <= 10^4"
    assert len(set(nums)) == len(nums), "all the values of nums are unique"
    drops = sum(a > b for a, b in zip(nums, nums[1:]))
    assert drops == 0 or (drops == 1 and nums[-1] < nums[0]), "nums is an ascending array, possibly rotated"
    assert type(target) is int and -V_MAX <= target <= V_MAX, "-10^4 <= target <= 10^4"


SIZES = (625, 1250, 2500, N_MAX)  # for `compare`: the length of nums, doubling up to the maximum


def sized_input(rng, n):
    """n distinct values rotated at n/3 and an absent target from a gap: a scan walks all n values, the binary
    search about log2(n) steps."""
    values = distinct_sorted(rng, n)
    j = n // 2
    while values[j + 1] - values[j] < 2:
        j += 1
    return {"nums": rotated(values, n // 3), "target": absent_between(rng, values, j)}
