"""Hidden tests for jump-game-ii: short arrays with pinned answers, one per classic mistake (a jump counted on the
last index when the loop runs over range(n), one element needing 0 jumps, the longest jump taken each time, the
neighbour with the largest value taken instead of the one that reaches furthest, a zero landed on, a jump that
lands exactly on the end or overshoots it, a jump reaching the end exactly beside a neighbour that reaches further),
then the maxima at n = 10^4: all ones (9999 jumps), all 1000, all 2s, one jump of 1000 every 1000 places over zeros,
a countdown where the longest jump is always the worst, and random stepping stones. Trying every sequence of jumps
is exponential on the all-2s case."""

from harness.catalogue.cases import Case

N_MAX = 10**4
V_MAX = 1000


def reaches_end(nums):
    """Whether the last index can be reached (the problem guarantees it)."""
    reach = 0
    for i, x in enumerate(nums):
        if i > reach:
            return False
        reach = max(reach, i + x)
    return True


def hidden_cases(rng):
    yield Case({"nums": [0]}, 0, "one element: already at the end, 0 jumps", note_zh="只有一个元素：已经在终点，0 次跳跃")
    yield Case({"nums": [V_MAX]}, 0, "one element, 1000: still 0 jumps", note_zh="只有一个元素 1000：仍然是 0 次")
    yield Case({"nums": [1, 0]}, 1, "two elements: one jump, none counted on the last index",
               note_zh="两个元素：跳一次，不能在最后一个下标上再计一次")
    yield Case({"nums": [1, 1, 1, 1]}, 3, "all ones: one jump per step", note_zh="全是 1：每步跳一次")
    yield Case({"nums": [3, 0, 0, 0]}, 1, "the first jump lands exactly on the end, over zeros",
               note_zh="第一跳越过若干个 0，正好落在终点")
    yield Case({"nums": [5, 1, 1]}, 1, "a jump may overshoot: it only has to reach the end", note_zh="可以跳过头：只要能到达终点就行")
    yield Case({"nums": [2, 4, 1, 1, 1, 1]}, 2, "the longest first jump lands on a 1: four jumps instead of two",
               note_zh="最远的第一跳落在 1 上：要四次而不是两次")
    yield Case({"nums": [3, 3, 1, 2, 1, 1, 1]}, 3, "the largest value nearby (3) reaches less far than 2 at index 3",
               note_zh="附近最大的值（3）不如下标 3 上的 2 走得远")
    yield Case({"nums": [2, 0, 2, 0, 1]}, 2, "zeros landed on are dead ends", note_zh="落在 0 上就是死路")
    yield Case({"nums": [1, 2, 1, 1, 1]}, 3, "the 2 must be used: from index 1 to 3", note_zh="必须用上那个 2：从下标 1 跳到 3")
    yield Case({"nums": [4, 1, 1, 3, 1, 1, 1]}, 2, "the best first jump is not the longest one (to index 3)",
               note_zh="最好的第一跳不是最远的那一跳（跳到下标 3）")
    yield Case({"nums": [3, 5, 0, 0]}, 1, "the first jump reaches the end exactly; a neighbour reaches further: 1 jump",
               note_zh="第一跳正好到达终点，而某个邻居能跳得更远：仍然只要 1 次")
    yield Case({"nums": [V_MAX] + [0] * V_MAX}, 1, "the largest value: one jump of 1000", note_zh="最大值：一次跳 1000")

    yield Case({"nums": [1] * N_MAX}, N_MAX - 1, "max: n = 10^4, all ones: 9999 jumps",
               note_zh="最大：n = 10^4，全是 1：9999 次跳跃")
    yield Case({"nums": [V_MAX] * N_MAX}, 10, "max: n = 10^4, all 1000: 10 jumps", note_zh="最大：n = 10^4，全是 1000：10 次跳跃")
    yield Case({"nums": [2] * N_MAX}, (N_MAX - 1 + 1) // 2, "max: n = 10^4, all 2s: exponentially many jump sequences",
               note_zh="最大：n = 10^4，全是 2：跳法的数目是指数级的")
    yield Case({"nums": [V_MAX if i % V_MAX == 0 else 0 for i in range(N_MAX)]}, 10,
               "max: n = 10^4, a jump of 1000 every 1000 places, zeros between",
               note_zh="最大：n = 10^4，每隔 1000 个位置有一个 1000，中间全是 0")
    block = 100
    trap = []
    while len(trap) < N_MAX:
        trap += [block] + [block - j for j in range(1, block)]
    yield Case({"nums": trap[:N_MAX]}, note="max: n = 10^4, countdowns: the longest jump lands on the smallest value",
               note_zh="最大：n = 10^4，倒数序列：最远的一跳落在最小的值上")
    yield Case({"nums": stones(rng, N_MAX)}, note="max: n = 10^4, random stepping stones among zeros",
               note_zh="最大：n = 10^4，0 之间随机散布的落脚点")
    yield Case({"nums": [rng.randint(1, V_MAX) for _ in range(N_MAX)]}, note="max: n = 10^4, random values 1..1000",
               note_zh="最大：n = 10^4，随机值 1..1000")
    yield Case({"nums": [rng.randint(1, 3) for _ in range(N_MAX)]}, note="max: n = 10^4, random values 1..3",
               note_zh="最大：n = 10^4，随机值 1..3")


def stones(rng, n):
    """Mostly zeros, with stepping stones a few places apart that jump a little further than the next one."""
    nums = [0] * n
    i = 0
    while i < n - 1:
        step = rng.randint(1, 8)
        nums[i] = step + rng.randint(0, 3)
        for j in range(i + 1, min(n, i + step)):
            nums[j] = rng.choice([0, 0, 1, 2])
        i += step
    return nums


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 10^4"
    assert all(type(x) is int and 0 <= x <= V_MAX for x in nums), "0 <= nums[i] <= 1000"
    assert reaches_end(nums), "the last index can be reached"


SIZES = (1250, 2500, 5000, N_MAX)  # for `compare`: the length of nums


def sized_input(rng, n):
    """Stepping stones among zeros: every approach walks the whole array."""
    return {"nums": stones(rng, n)}
