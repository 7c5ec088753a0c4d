"""Hidden tests for jump-game: one element ([0] is already at the end); a zero at the start, at the end, and zeros
jumped over exactly; positions beyond the reach that must not extend it ([1,0,5]); landing exactly on the last
index or exactly past a zero (> for >=); a longest jump that lands on a dead end; and maxima of 10^4: all ones,
all ones with a zero just before the end, a countdown into a wall of zeros (exponential for a search without
memo), one huge first jump, and random arrays with and without a way through."""

from harness.catalogue.cases import Case

N_MAX = 10**4
V_MAX = 10**5


def hidden_cases(rng):
    yield Case({"nums": [0]}, True, "one element, 0: already at the last index", note_zh="只有一个元素 0：已经在最后一个下标")
    yield Case({"nums": [7]}, True, "one element", note_zh="只有一个元素")
    yield Case({"nums": [0, 1]}, False, "stuck at the start", note_zh="在起点就被困住")
    yield Case({"nums": [1, 0]}, True, "a zero on the last index does not block", note_zh="最后一个下标上的 0 不构成阻挡")
    yield Case({"nums": [3, 0, 0, 0]}, True, "the first jump lands exactly on the last index, over zeros",
               note_zh="第一跳越过若干个 0，正好落在最后一个下标")
    yield Case({"nums": [1, 0, 5]}, False, "the 5 is never reached: it must not extend the reach",
               note_zh="5 根本到不了：不能用它扩展最远距离")
    yield Case({"nums": [1, 0, 1]}, False, "reaching a zero is not jumping past it", note_zh="到达 0 不等于跳过 0")
    yield Case({"nums": [2, 0, 1, 0, 1]}, False, "a second wall after a zero jumped over", note_zh="跳过一个 0 之后还有第二堵墙")
    yield Case({"nums": [2, 5, 0, 0, 0, 0, 0]}, True, "the shorter first jump: 1 step to the 5",
               note_zh="第一跳要短：走 1 步到 5")
    yield Case({"nums": [3, 1, 4, 0, 0, 0, 0, 0, 0]}, False, "the 4 reaches index 6 at most, before the end",
               note_zh="4 最多到达下标 6，到不了终点")
    yield Case({"nums": [2, 3, 0, 0, 4]}, True, "the longest first jump lands on a zero; the shorter one goes through",
               note_zh="最远的第一跳落在 0 上；短一点的跳法能走通")
    yield Case({"nums": [V_MAX, 0, 0]}, True, "the largest value allowed", note_zh="允许的最大值")
    yield Case({"nums": [0, V_MAX]}, False, "a huge value that cannot be reached", note_zh="一个到不了的巨大值")
    yield Case({"nums": [1] * N_MAX}, True, "max: n = 10^4, all ones: every step lands exactly",
               note_zh="最大：n = 10^4，全是 1：每一步都正好落下")
    yield Case({"nums": [1] * (N_MAX - 2) + [0, 1]}, False, "max: all ones, then a zero just before the end",
               note_zh="最大规模：全是 1，终点前一位是 0")
    wall = N_MAX // 2
    nums = [wall - i for i in range(wall)] + [0] * (N_MAX - wall)
    yield Case({"nums": nums}, False, "max: a countdown whose every jump ends on the same zero, then zeros",
               note_zh="最大规模：倒数的序列，每一跳最远都落在同一个 0 上，之后全是 0")
    yield Case({"nums": [V_MAX] + [0] * (N_MAX - 1)}, True, "max: one huge first jump over 9999 zeros",
               note_zh="最大规模：第一跳就越过 9999 个 0")
    yield Case({"nums": [15] + [0 if rng.random() < 0.25 else rng.randint(1, 15) for _ in range(N_MAX - 1)]},
               note="max: random jumps up to 15, a quarter of them zeros", note_zh="最大规模：随机跳跃，最多 15 步，约四分之一是 0")
    yield Case({"nums": through(rng, N_MAX)}, True, "max: random, many zeros, with a way through",
               note_zh="最大规模：随机，很多 0，但有路可通")
    nums = through(rng, N_MAX)
    cut = rng.randrange(N_MAX // 2, N_MAX - 10)
    nums[:cut] = [min(v, cut - i) for i, v in enumerate(nums[:cut])]
    nums[cut] = 0
    yield Case({"nums": nums}, False, "max: random, every jump before a deep zero stops at it or short of it",
               note_zh="最大规模：随机，深处一个 0 之前的每一跳都最多落在它上面")


def through(rng, n):
    """Mostly zeros, with stepping stones every few places that jump just far enough, plus noise."""
    nums = [0] * n
    i = 0
    while i < n - 1:
        step = rng.randint(1, 6)
        nums[i] = step + rng.randint(0, 2)
        for j in range(i + 1, min(n, i + step)):
            nums[j] = rng.choice([0, 0, 0, 1])
        i += step
    return nums


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 10^4"
    assert all(type(x) is int and 0 <= x <= V_MAX for x in nums), "0 <= nums[i] <= 10^5"


SIZES = (1250, 2500, 5000, N_MAX)  # for `compare`: the length of nums, doubling up to the maximum


def sized_input(rng, n):
    """A way through to the end: every approach walks the whole array."""
    return {"nums": through(rng, n)}
