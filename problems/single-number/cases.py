"""Hidden tests for single-number: one element; the single value the smallest, the largest (which a sort-and-pair
loop that never looks past its last pair misses) or in the middle after sorting; pairs that are not adjacent; a
negative single value (which 32-bit counting without a sign misses); zero, single and paired (which a dict tested
by its stored value never removes); the extremes; and maxima of 3 * 10^4 - 1 values, shuffled, with the single
value at either end of the sorted order."""

from harness.catalogue.cases import Case

N_MAX = 3 * 10**4
V_MAX = 3 * 10**4


def hidden_cases(rng):
    yield Case({"nums": [1]}, 1, "one element", note_zh="只有一个元素")
    yield Case({"nums": [-V_MAX]}, -V_MAX, "one element, the smallest value allowed", note_zh="只有一个元素，且是允许的最小值")
    yield Case({"nums": [1, 9, 1]}, 9, "the single value is the largest: after sorting it is last, with no partner",
               note_zh="单独的值最大：排序后它在最后，没有伙伴")
    yield Case({"nums": [4, -2, 4]}, -2, "the single value is the smallest and negative: first after sorting",
               note_zh="单独的值最小且为负：排序后在最前")
    yield Case({"nums": [3, 1, 3, 2, 1]}, 2, "the single value in the middle of the sorted order",
               note_zh="排序后单独的值在中间")
    yield Case({"nums": [1, 2, 1, 3, 2]}, 3, "the pairs are not next to each other in the input",
               note_zh="输入中成对的值并不相邻")
    yield Case({"nums": [7, 0, 7]}, 0, "the single value is 0", note_zh="单独的值是 0")
    yield Case({"nums": [0, 3, 0]}, 3, "0 is a pair, seen first: a dict tested by its stored value "
               "(`if seen.get(x)`) never removes the 0", note_zh="0 成对出现且最先出现：用存入的值判断真假"
               "（`if seen.get(x)`）的字典永远删不掉 0")
    yield Case({"nums": [5, 6, 6, 5, -1]}, -1, "the single value is -1 (all bits set in two's complement), last",
               note_zh="单独的值是 -1（补码中所有位都是 1），在最后")
    yield Case({"nums": [V_MAX, -V_MAX, V_MAX]}, -V_MAX, "the extremes: the single value is -3 * 10^4",
               note_zh="极值：单独的值是 -3 * 10^4")
    yield Case({"nums": [-V_MAX, V_MAX, -V_MAX]}, V_MAX, "the extremes: the single value is 3 * 10^4",
               note_zh="极值：单独的值是 3 * 10^4")
    yield Case({"nums": [2, 2, 8, 8, 5, 3, 3]}, 5, "pairs already adjacent, the single value between them",
               note_zh="成对的值已经相邻，单独的值夹在中间")
    n = N_MAX - 1
    yield Case({"nums": shuffled(rng, n)}, note="max: n = 3 * 10^4 - 1, shuffled, values over the whole range",
               note_zh="最大：n = 3 * 10^4 - 1，打乱顺序，值取遍整个范围")
    yield Case({"nums": shuffled(rng, n, single="largest")}, note="max: the single value is the largest",
               note_zh="最大规模：单独的值是最大的")
    yield Case({"nums": shuffled(rng, n, single="smallest")}, note="max: the single value is the smallest",
               note_zh="最大规模：单独的值是最小的")
    yield Case({"nums": shuffled(rng, n, low=-V_MAX, high=-1)}, note="max: every value negative",
               note_zh="最大规模：所有值都是负数")
    values = rng.sample(range(-V_MAX, V_MAX + 1), n // 2)
    yield Case({"nums": values + [12345] + values[::-1]}, 12345,
               note="max: the pairs mirrored around the single value in the middle",
               note_zh="最大规模：成对的值以中间的单独值为轴对称排列")


def shuffled(rng, n, single="random", low=-V_MAX, high=V_MAX):
    """n values (n odd): (n - 1) / 2 distinct values twice each and one more once, shuffled."""
    values = sorted(rng.sample(range(low, high + 1), n // 2 + 1))
    if single == "largest":
        lone = values.pop()
    elif single == "smallest":
        lone = values.pop(0)
    else:
        lone = values.pop(rng.randrange(len(values)))
    nums = values * 2 + [lone]
    rng.shuffle(nums)
    return nums


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 3 * 10^4"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-3 * 10^4 <= nums[i] <= 3 * 10^4"
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    assert sorted(counts.values()).count(1) == 1 and all(c in (1, 2) for c in counts.values()), \
        "every value appears twice except one, which appears once"


SIZES = (1875, 3750, 7500, 15_000, N_MAX - 1)  # for `compare`: the length of nums (odd), doubling up to the maximum


def sized_input(rng, n):
    """Shuffled pairs and one single value: every approach reads every element."""
    return {"nums": shuffled(rng, n | 1)}
