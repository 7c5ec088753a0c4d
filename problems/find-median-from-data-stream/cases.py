"""Hidden tests for find-median-from-data-stream: short call lists with pinned medians, one per classic mistake (an
even count's median floored by `//` or truncated by int(), only the lower or the upper middle value, a new value
pushed into the smaller heap without passing through the other, heaps that are never rebalanced, a max-heap stored
without negation, the mean instead of the median), the extremes +-10^5, then 5*10^4 calls: rising, falling and
equal values with a median after every add, random values, and 25000 adds followed by 25000 findMedian calls.
Inserting by shifting elements in Python is O(n) per add, O(n^2) over the falling values."""

from harness.catalogue.kit import Operations

MAX_CALLS = 5 * 10**4
V_MAX = 10**5


def mf():
    return Operations("MedianFinder")


def adds_and_medians(values):
    """addNum of each value, each followed by findMedian."""
    script = mf()
    for v in values:
        script.call("addNum", v).call("findMedian")
    return script


def hidden_cases(rng):
    yield (mf().call("addNum", 7).call("findMedian")
           .case("one value: the median is the value itself, as a float", [None, None, 7.0], note_zh="只有一个值：中位数就是它本身，为浮点数"))
    yield (adds_and_medians([1, 2])
           .case("two values: the mean of both, 1.5 (not 1 by //, nor one of them)", [None, None, 1.0, None, 1.5],
                 note_zh="两个值：两者的平均值 1.5（不是 // 得到的 1，也不是其中一个）"))
    yield (adds_and_medians([-1, -2])
           .case("negative halves: -1.5, which // floors to -2 and int() truncates to -1", [None, None, -1.0, None, -1.5],
                 note_zh="负数的一半：-1.5，// 会向下取整成 -2，int() 会截断成 -1"))
    yield (adds_and_medians([-1, 2])
           .case("a median of 0.5 between a negative and a positive value", [None, None, -1.0, None, 0.5],
                 note_zh="负数和正数之间的中位数 0.5"))
    yield (adds_and_medians([5, 1, 3])
           .case("the third value belongs in the middle: it must not go straight into the smaller heap",
                 [None, None, 5.0, None, 3.0, None, 3.0],
                 note_zh="第三个值应该在中间：不能直接放进较小的那个堆"))
    yield (adds_and_medians([2, 4, 6, 8])
           .case("an even count: neither the lower nor the upper middle value", [None, None, 2.0, None, 3.0, None, 4.0, None, 5.0],
                 note_zh="偶数个值：既不是下中位数，也不是上中位数"))
    yield (adds_and_medians([1, 2, 3, 4, 100])
           .case("the median, not the mean", [None, None, 1.0, None, 1.5, None, 2.0, None, 2.5, None, 3.0],
                 note_zh="是中位数，而不是平均数"))
    yield (adds_and_medians([10, 9, 8, 7, 6, 5])
           .case("falling values: the smaller half keeps receiving", [None, None, 10.0, None, 9.5, None, 9.0, None, 8.5,
                                                                      None, 8.0, None, 7.5],
                 note_zh="递减的值：较小的一半不断接收新值"))
    yield (mf().call("addNum", 1).call("addNum", 2).call("addNum", 3).call("addNum", 4).call("addNum", 5)
           .call("addNum", 6).call("findMedian").call("addNum", 0).call("findMedian")
           .case("rising values with no median asked until the end: the heaps must have been rebalanced",
                 [None, None, None, None, None, None, None, 3.5, None, 3.0],
                 note_zh="递增的值，直到最后才询问中位数：两个堆必须一直保持平衡"))
    yield (adds_and_medians([3, 3, 3, 3])
           .case("equal values", [None, None, 3.0, None, 3.0, None, 3.0, None, 3.0], note_zh="相等的值"))
    yield (adds_and_medians([V_MAX, -V_MAX, V_MAX])
           .case("the extremes 10^5 and -10^5", [None, None, 100000.0, None, 0.0, None, 100000.0],
                 note_zh="极值 10^5 与 -10^5"))
    yield (mf().call("addNum", 0).call("findMedian").call("findMedian").call("addNum", 0).call("findMedian").call("findMedian")
           .case("findMedian changes nothing: called twice in a row", [None, None, 0.0, 0.0, None, 0.0, 0.0],
                 note_zh="findMedian 不改变任何东西：连续调用两次"))
    yield (adds_and_medians([4, 1, 7, 2, 9, 3, 8, 5, 6])
           .case("values jumping between the halves", note_zh="在两半之间来回跳动的值"))

    half = MAX_CALLS // 2
    yield adds_and_medians(range(V_MAX, V_MAX - 8 * half, -8)).case(
        "max: 5*10^4 calls, 25000 falling values, each followed by findMedian",
        note_zh="最大：5*10^4 次调用，25000 个递减的值，每个之后调用 findMedian")
    yield adds_and_medians(range(-V_MAX, -V_MAX + 8 * half, 8)).case(
        "max: 5*10^4 calls, 25000 rising values, each followed by findMedian",
        note_zh="最大：5*10^4 次调用，25000 个递增的值，每个之后调用 findMedian")
    yield adds_and_medians([-V_MAX] * half).case("max: 5*10^4 calls, 25000 times -10^5",
                                                 note_zh="最大：5*10^4 次调用，25000 次 -10^5")
    yield adds_and_medians([rng.randint(-V_MAX, V_MAX) for _ in range(half)]).case(
        "max: 5*10^4 calls, random values over the whole range", note_zh="最大：5*10^4 次调用，值取遍整个范围")
    bulk = mf()
    for _ in range(half):
        bulk.call("addNum", rng.randint(-V_MAX, V_MAX))
    yield bulk.repeat("findMedian", half).case("max: 25000 random adds, then 25000 findMedian calls",
                                               note_zh="最大：25000 次随机 addNum，然后 25000 次 findMedian")
    mixed = mf()
    while len(mixed) < MAX_CALLS - 1:
        mixed.call("addNum", rng.randint(-3, 3))
        if rng.random() < 0.3:
            mixed.call("findMedian")
    yield mixed.case("max: about 5*10^4 calls over seven values: many ties", note_zh="最大：约 5*10^4 次调用，只有七种值：大量相等")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    operations, arguments = given["operations"], given["arguments"]
    assert operations[0] == "MedianFinder" and arguments[0] == [] and len(operations) == len(arguments)
    assert len(operations) - 1 <= MAX_CALLS, "at most 5 * 10^4 calls to addNum and findMedian"
    size = 0
    for operation, args in zip(operations[1:], arguments[1:]):
        if operation == "addNum":
            assert len(args) == 1 and type(args[0]) is int and -V_MAX <= args[0] <= V_MAX, "-10^5 <= num <= 10^5"
            size += 1
        else:
            assert operation == "findMedian" and args == [], operation
            assert size > 0, "there is at least one element before findMedian is called"


SIZES = (3125, 6250, 12_500, 25_000, MAX_CALLS)  # for `compare`: the number of calls


def sized_input(rng, n):
    """n / 2 random values, each followed by findMedian."""
    return adds_and_medians([rng.randint(-V_MAX, V_MAX) for _ in range(n // 2)]).given()
