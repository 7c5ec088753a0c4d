"""Hidden tests for longest-increasing-subsequence: duplicates (where <= and bisect_right overcount), answers
that do not end at the last element (dp[-1]), inputs that defeat the greedy extension and the popping stack, the
longest run of neighbours, negative numbers down to -10^4 (a -1 or 0 sentinel), and 2500 numbers: increasing
(the O(n^2) DP's worst case), decreasing, equal, random, sorted pairs of equal numbers, and predecessors 121
places back (a look-back window).
"""

from harness.catalogue.cases import Case

N_MAX = 2500
V_MAX = 10**4


def hidden_cases(rng):
    yield Case({"nums": [5]}, 1, "one element: dp starting at 0 answers 0", note_zh="只有一个元素：dp 从 0 开始会得到 0")
    yield Case({"nums": [2, 2]}, 1, "two equal numbers: <= or bisect_right answers 2",
               note_zh="两个相等的数：用 <= 或 bisect_right 会得到 2")
    yield Case({"nums": [1, 2, 2, 3]}, 3, "a repeated middle number: <= or bisect_right answers 4",
               note_zh="中间有重复的数：用 <= 或 bisect_right 会得到 4")
    yield Case({"nums": [1, 2, 0]}, 2, "the longest ends before the last element: dp[-1] answers 1",
               note_zh="最长子序列在最后一个元素之前结束：dp[-1] 得到 1")
    yield Case({"nums": [1, 5, 2, 3]}, 3, "the 5 must be dropped: extending greedily from each start answers 2",
               note_zh="必须舍弃 5：从每个起点贪心地往后接会得到 2")
    yield Case({"nums": [1, 4, 5, 2, 6]}, 4, "a stack that pops 4 and 5 for the 2 answers 3",
               note_zh="为了 2 把 4 和 5 弹出的栈会得到 3")
    yield Case({"nums": [1, 3, 2, 4]}, 3, "not a run of neighbours: the longest increasing run is 2",
               note_zh="不是相邻元素的连续段：最长递增连续段只有 2")
    yield Case({"nums": [3, 2, 1]}, 1, "strictly decreasing", note_zh="严格递减")
    yield Case({"nums": [-3, -2, -1]}, 3, "all negative: a sentinel of -1 or 0 for 'nothing yet' answers 0",
               note_zh="全是负数：用 -1 或 0 作“还没选”的哨兵会得到 0")
    yield Case({"nums": [-V_MAX, 0, V_MAX]}, 3, "the extreme values -10^4 and 10^4", note_zh="极值 -10^4 和 10^4")
    yield Case({"nums": [V_MAX, -V_MAX]}, 1, "10^4 then -10^4", note_zh="先 10^4 再 -10^4")
    yield Case({"nums": [4, 10, 4, 3, 8, 9]}, 3, "a repeat of the first number, then a better start",
               note_zh="第一个数重复出现，之后有更好的起点")
    yield Case({"nums": [3, 5, 6, 2, 5, 4, 19, 5, 6, 7, 12]}, 6, "tails is not a subsequence: 2 replaces 3 midway",
               note_zh="tails 并不是子序列：中途 2 替换了 3")
    yield Case({"nums": [9, 8, 7, 1, 2, 3, 4, 0, 5]}, 5, "the longest starts after a decreasing prefix",
               note_zh="最长子序列从一段递减前缀之后开始")
    yield Case({"nums": sorted(rng.sample(range(-V_MAX, V_MAX + 1), N_MAX))}, N_MAX,
               "max: 2500 strictly increasing numbers, the O(n^2) DP's worst case",
               note_zh="最大：2500 个严格递增的数，O(n^2) 动态规划的最坏情况")
    yield Case({"nums": sorted(rng.sample(range(-V_MAX, V_MAX + 1), N_MAX), reverse=True)}, 1,
               "max: 2500 strictly decreasing numbers", note_zh="最大：2500 个严格递减的数")
    yield Case({"nums": [x for k in range(20) for x in [k] + [-V_MAX] * 120]}, 20,
               "max: 0 to 19, each followed by 120 copies of -10^4: every step of the answer reaches 121 back, so a "
               "DP that looks back only 100 elements answers 2",
               note_zh="最大：0 到 19，每个后面跟 120 个 -10^4：答案的每一步都要往回找 121 个位置，只往回看 100 个元素的 DP 会得到 2")
    yield Case({"nums": [-V_MAX] * N_MAX}, 1, "max: 2500 copies of -10^4: <= answers 2500",
               note_zh="最大：2500 个 -10^4：用 <= 会得到 2500")
    pairs = sorted(rng.sample(range(-V_MAX, V_MAX + 1), N_MAX // 2)) * 2
    yield Case({"nums": sorted(pairs)}, N_MAX // 2, "max: 1250 increasing numbers, each twice in a row",
               note_zh="最大：1250 个递增的数，每个连续出现两次")
    yield Case({"nums": [rng.randint(0, 40) for _ in range(N_MAX)]}, note="max: 2500 numbers in [0, 40], many repeats",
               note_zh="最大：2500 个 [0, 40] 内的数，大量重复")
    zigzag = []
    for i in range(N_MAX // 2):
        zigzag += [-V_MAX + 7 * i + rng.randint(0, 6), V_MAX - 7 * i - rng.randint(0, 6)]
    yield Case({"nums": zigzag}, note="max: an increasing and a decreasing sequence interleaved",
               note_zh="最大：一个递增序列与一个递减序列交错")
    for _ in range(2):
        yield Case({"nums": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)]}, note="max: 2500 random numbers",
                   note_zh="最大：2500 个随机数")
    for _ in range(3):
        n = rng.randint(5, 40)
        yield Case({"nums": [rng.randint(-5, 5) for _ in range(n)]}, note="a short array of small numbers, repeats",
                   note_zh="较短的数组，数值较小，有重复")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 2500"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-10^4 <= nums[i] <= 10^4"


SIZES = (156, 312, 625, 1250, N_MAX)  # for `compare`: the length of nums


def sized_input(rng, n):
    return {"nums": [rng.randint(-V_MAX, V_MAX) for _ in range(n)]}
