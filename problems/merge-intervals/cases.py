"""Hidden tests for merge-intervals: a small case per classic mistake with a pinned answer (touching intervals,
adjacent integers that do not touch, nesting, unsorted input, a chain that closes late, points), then 10^4
intervals: random lengths, points at every integer, a shuffled chain of touching intervals, one interval holding
all others, and disjoint points ahead of a chain (which a restart-after-every-merge approach pays for cubically).
The answer may come in any order (the unordered checker); each interval is [start, end]."""

from harness.catalogue.cases import Case

N_MAX = 10**4
X_MAX = 10**4


def hidden_cases(rng):
    yield Case({"intervals": [[1, 2], [2, 3], [3, 4]]}, [[1, 4]], "a chain of touching intervals",
               note_zh="一串端点相接的区间")
    yield Case({"intervals": [[1, 2], [3, 4]]}, [[1, 2], [3, 4]], "adjacent integers do not touch: no merge",
               note_zh="相邻的整数并不相接：不合并")
    yield Case({"intervals": [[1, 10], [2, 3]]}, [[1, 10]], "nested: the end is the larger one, not the last",
               note_zh="嵌套：终点取较大者，而不是后一个的终点")
    yield Case({"intervals": [[1, 10], [2, 3], [4, 5]]}, [[1, 10]], "two nested in one: compare with the merged end",
               note_zh="两个区间都嵌套在一个里：要与合并后的终点比较")
    yield Case({"intervals": [[8, 10], [1, 3], [2, 6]]}, [[1, 6], [8, 10]], "unsorted input", note_zh="输入未排序")
    yield Case({"intervals": [[1, 2], [3, 4], [2, 3]]}, [[1, 4]], "unsorted: the last interval joins the first two",
               note_zh="未排序：最后一个区间把前两个连起来")
    yield Case({"intervals": [[2, 3], [1, 4]]}, [[1, 4]], "the earlier start comes later (sorting by end fails)",
               note_zh="起点更早的区间排在后面（按终点排序会出错）")
    yield Case({"intervals": [[5, 5]]}, [[5, 5]], "one point", note_zh="一个点")
    yield Case({"intervals": [[1, 1], [1, 1]]}, [[1, 1]], "a duplicated point", note_zh="重复的点")
    yield Case({"intervals": [[1, 1], [2, 2]]}, [[1, 1], [2, 2]], "two points one apart stay apart",
               note_zh="相距 1 的两个点保持分开")
    yield Case({"intervals": [[0, 3], [3, 3]]}, [[0, 3]], "a point on an end", note_zh="落在端点上的点")
    yield Case({"intervals": [[0, X_MAX]]}, [[0, X_MAX]], "one interval, the whole range", note_zh="一个区间，覆盖整个范围")
    yield Case({"intervals": [[X_MAX, X_MAX], [0, 0]]}, [[0, 0], [X_MAX, X_MAX]], "the extreme points",
               note_zh="两个极端的点")
    yield Case({"intervals": [[4, 7], [1, 2], [6, 9], [0, 1]]}, [[0, 2], [4, 9]], "two merges from unsorted input",
               note_zh="未排序的输入，两处合并")

    yield Case({"intervals": random_intervals(rng, 50)}, note="max: n = 10^4, random intervals up to 50 long",
               note_zh="最大：n = 10^4，长度不超过 50 的随机区间")
    yield Case({"intervals": random_intervals(rng, 2)}, note="max: n = 10^4, random intervals up to 2 long: many pieces",
               note_zh="最大：n = 10^4，长度不超过 2 的随机区间：许多段")
    yield Case({"intervals": random_intervals(rng, X_MAX)}, note="max: n = 10^4, random intervals of any length",
               note_zh="最大：n = 10^4，任意长度的随机区间")
    points = [[x, x] for x in range(N_MAX)]
    rng.shuffle(points)
    yield Case({"intervals": points}, sorted(points), "max: n = 10^4, a point at every integer: nothing merges",
               note_zh="最大：n = 10^4，每个整数上一个点：没有任何合并")
    chain = [[x, x + 1] for x in range(N_MAX)]
    rng.shuffle(chain)
    yield Case({"intervals": chain}, [[0, X_MAX]], "max: n = 10^4, a shuffled chain of touching intervals",
               note_zh="最大：n = 10^4，打乱的一串端点相接的区间")
    nested = [[0, X_MAX]] + [sorted(rng.sample(range(1, X_MAX), 2)) for _ in range(N_MAX - 1)]
    rng.shuffle(nested)
    yield Case({"intervals": nested}, [[0, X_MAX]], "max: n = 10^4, all nested in [0, 10^4]",
               note_zh="最大：n = 10^4，全部嵌套在 [0, 10^4] 中")
    yield Case({"intervals": [[X_MAX // 2, X_MAX // 2]] * N_MAX}, [[X_MAX // 2, X_MAX // 2]],
               "max: n = 10^4, one point repeated", note_zh="最大：n = 10^4，同一个点重复")
    ladder = [[x, x + 3] for x in range(0, X_MAX - 3, 2)][:N_MAX]
    yield Case({"intervals": ladder[::-1]}, [[0, ladder[-1][1]]], "n = 4999 overlapping intervals, sorted descending",
               note_zh="n = 4999 个互相重叠的区间，按降序排列")
    ahead = [[2 * k, 2 * k] for k in range(N_MAX // 4)]
    tail = [[X_MAX // 2 + k // 2, X_MAX // 2 + k // 2 + 1] for k in range(N_MAX - len(ahead))]
    rng.shuffle(tail)
    yield Case({"intervals": ahead + tail}, note="max: n = 10^4, 2500 disjoint points, then 7500 intervals that merge into one",
               note_zh="最大：n = 10^4，2500 个互不相交的点，之后是合并成一个的 7500 个区间")


def random_intervals(rng, longest, n=N_MAX):
    """n intervals with random starts and lengths up to `longest` (clipped at 10^4)."""
    found = []
    for _ in range(n):
        start = rng.randint(0, X_MAX)
        found.append([start, min(X_MAX, start + rng.randint(0, longest))])
    return found


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    intervals = given["intervals"]
    assert isinstance(intervals, list) and 1 <= len(intervals) <= N_MAX, "1 <= intervals.length <= 10^4"
    for pair in intervals:
        assert isinstance(pair, list) and len(pair) == 2, "intervals[i].length == 2"
        assert all(type(x) is int for x in pair) and 0 <= pair[0] <= pair[1] <= X_MAX, "0 <= start <= end <= 10^4"


SIZES = (625, 1250, 2500, 5000, N_MAX)  # for `compare`: n, the number of intervals


def sized_input(rng, n):
    """Random short intervals over the whole range, in random order: the sort has its typical work."""
    return {"intervals": random_intervals(rng, 3, n)}
