"""Hidden tests for two-sum: edge cases with pinned answers, then seeded cases at the constraints' maxima.

The large cases have no structure to lean on: random values over the whole range, or adversarial ones (many values
sharing their low 20 bits with the pair's, so that a fixed-size table indexed by low bits or by value % 2^k loses
the partner; values near +-10^9; all negative; the pair's two values equal), with the pair far apart. Each has
exactly one answer: the pair is placed, the whole array checked, and drawn again in the rare case of a second pair.
"""

from collections import Counter

from harness.catalogue.cases import Case

N_MAX = 10_000
V_MAX = 10**9
LOW_BITS = 1 << 20  # values that share their low 20 bits share them modulo every power of two up to 2^20


def hidden_cases(rng):
    yield Case({"nums": [3, 2, 4], "target": 6}, [1, 2], "an element must not pair with itself",
               note_zh="一个元素不能与自己配对")
    yield Case({"nums": [3, 3], "target": 6}, [0, 1], "two equal numbers", note_zh="两个相等的数")
    yield Case({"nums": [1, 5, 5, 2], "target": 10}, [1, 2], "duplicates that form the pair", note_zh="重复值组成答案数对")
    yield Case({"nums": [5, 1, 5], "target": 10}, [0, 2], "equal values, not adjacent", note_zh="相等的值，不相邻")
    yield Case({"nums": [-1, -2, -3, -4, -5], "target": -8}, [2, 4], "negative numbers", note_zh="负数")
    yield Case({"nums": [0, 4, 3, 0], "target": 0}, [0, 3], "zeros", note_zh="含 0")
    yield Case({"nums": [-3, 4, 3, 90], "target": 0}, [0, 2], "a negative and a positive", note_zh="一负一正")
    yield Case({"nums": [V_MAX, -V_MAX], "target": 0}, [0, 1], "two elements, extreme values",
               note_zh="两个元素，均为极值")
    yield Case({"nums": [V_MAX, 7, -V_MAX + 1], "target": 1}, [0, 2], "extreme values that cancel",
               note_zh="互相抵消的极值")
    yield Case({"nums": [2, 7, 11, 15], "target": 26}, [2, 3], "the pair at the end", note_zh="数对在末尾")
    yield Case({"nums": [1, 2], "target": 3}, [0, 1], "the smallest input", note_zh="最小的输入")
    yield Case({"nums": [-V_MAX // 2, 3, -V_MAX // 2], "target": -V_MAX}, [0, 2], "equal values, the target -10^9",
               note_zh="相等的值，target 为 -10^9")
    whole = (-V_MAX, V_MAX)
    yield planted(rng, 0, N_MAX - 1, whole, "n = 10^4, random values over the whole range, the pair at both ends",
                  note_zh="n = 10^4，随机值取遍整个范围，数对在两端")
    yield planted(rng, N_MAX - 2, N_MAX - 1, whole, "n = 10^4, random values, the pair at the very end",
                  note_zh="n = 10^4，随机值，数对在最末尾")
    for _ in range(3):
        i, j = rng.randrange(N_MAX // 4), rng.randrange(3 * N_MAX // 4, N_MAX)
        yield planted(rng, i, j, whole, "n = 10^4, random values over the whole range, the pair far apart",
                      note_zh="n = 10^4，随机值取遍整个范围，数对相距很远")
    yield shared_low_bits(rng)
    yield planted(rng, 7, N_MAX - 8, (-V_MAX // 2, -1), "n = 10^4, all negative", note_zh="n = 10^4，全为负数")
    yield equal_pair(rng)
    yield near_the_extremes(rng, 1)
    yield near_the_extremes(rng, -1)
    yield self_pair_trap(rng)
    yield sorted_descending()


def answers(nums, target):
    """How many pairs i < j have nums[i] + nums[j] == target."""
    seen, count = Counter(), 0
    for x in nums:
        count += seen[target - x]
        seen[x] += 1
    return count


def unique(rng, build, i, j, note, note_zh):
    """The case `build()` makes ((nums, target) with the pair at i, j), drawn again until that pair is the only one."""
    for _ in range(100):
        nums, target = build()
        if answers(nums, target) == 1 and nums[i] + nums[j] == target:
            return Case({"nums": nums, "target": target}, [i, j], note, note_zh=note_zh)
    raise AssertionError(f"no case with a single answer for {note!r}")


def random_values(rng, n, low=-V_MAX, high=V_MAX):
    """n distinct values drawn uniformly from [low, high]."""
    return rng.sample(range(low, high + 1), n)


def planted(rng, i, j, bounds, note, note_zh, n=N_MAX):
    """Random values in `bounds`, and a pair at i < j whose sum is a target within the constraints."""
    low, high = bounds

    def build():
        nums = random_values(rng, n, low, high)
        target = rng.randint(max(-V_MAX, 2 * low), min(V_MAX, 2 * high))
        nums[i] = rng.randint(max(low, target - high), min(high, target - low))
        nums[j] = target - nums[i]
        return nums, target

    return unique(rng, build, i, j, note, note_zh=note_zh)


def shared_low_bits(rng):
    """Before and between the pair, hundreds of values share the low 20 bits of one of the pair's values: a table of
    at most 2^20 slots indexed by low bits (or by value % 2^k) loses the first of the pair, or matches a wrong one."""
    i, j = N_MAX // 3, 2 * N_MAX // 3

    def twin(value):
        """value + k * 2^20 for some k >= 1 within the range: twins of a and b never add up to a + b."""
        return value + LOW_BITS * rng.randint(1, (V_MAX - value) // LOW_BITS)

    def build():
        nums = random_values(rng, N_MAX)
        a, b = rng.randrange(-V_MAX // 2, V_MAX // 2), rng.randrange(-V_MAX // 2, V_MAX // 2)
        for k, position in enumerate(range(1, j, 4)):
            nums[position] = twin(a if k % 2 else b)  # twins of a hide it; of b, they look like b's low bits seen
        nums[i], nums[j] = a, b
        return nums, a + b

    return unique(rng, build, i, j, "n = 10^4, many values share the low 20 bits of the pair's values",
                  note_zh="n = 10^4，许多值与数对中的值低 20 位相同")


def equal_pair(rng):
    """The two values of the pair are equal (target = 2a), far apart among random values."""
    i, j = rng.randrange(N_MAX // 4), rng.randrange(3 * N_MAX // 4, N_MAX)

    def build():
        nums = random_values(rng, N_MAX)
        nums[i] = nums[j] = rng.randrange(-V_MAX // 2, V_MAX // 2)
        return nums, 2 * nums[i]

    return unique(rng, build, i, j, "n = 10^4, the pair's two values are equal", note_zh="n = 10^4，数对的两个值相等")


def near_the_extremes(rng, sign):
    """All values within 10^7 of sign * 10^9 but one near the opposite end: only that one reaches the target."""
    i, j = rng.randrange(N_MAX // 2), rng.randrange(N_MAX // 2, N_MAX)
    lone = rng.choice((i, j))

    def build():
        nums = [sign * v for v in random_values(rng, N_MAX, V_MAX - 10**7, V_MAX)]
        nums[lone] = -sign * rng.randint(V_MAX - 10**7, V_MAX)
        return nums, nums[i] + nums[j]

    side = "+" if sign > 0 else "-"
    return unique(rng, build, i, j, f"n = 10^4, values near {side}10^9 and a single one near the opposite end",
                  note_zh=f"n = 10^4，值都在 {side}10^9 附近，只有一个在另一端附近")


def self_pair_trap(rng):
    """target = 2 x nums[0]: a map built before the lookups answers [0, 0]."""
    def build():
        nums = random_values(rng, N_MAX)
        a = rng.randrange(-V_MAX // 2, V_MAX // 2)
        b = a + 2 * rng.randrange(1, 10**6)
        nums[0], nums[-2], nums[-1] = (a + b) // 2, a, b
        return nums, a + b

    return unique(rng, build, N_MAX - 2, N_MAX - 1, "target is twice nums[0]; the pair is at the end",
                  note_zh="target 是 nums[0] 的两倍；数对在末尾")


def sorted_descending():
    """Even numbers descending and a single odd one: only the first and the last add up to the odd target."""
    nums = list(range(2 * N_MAX, 0, -2))
    nums[-1] = 1
    return Case({"nums": nums, "target": nums[0] + 1}, [0, N_MAX - 1], "sorted descending, the pair at the ends",
                note_zh="降序排列，数对在两端")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    nums, target = given["nums"], given["target"]
    assert 2 <= len(nums) <= N_MAX
    assert all(-V_MAX <= x <= V_MAX for x in nums) and -V_MAX <= target <= V_MAX
    count = answers(nums, target)
    assert count == 1, f"{count} answers"


SIZES = (625, 1250, 2500, 5000, 10_000)  # for `compare`: n, the length of nums


def sized_input(rng, n):
    """Random values and the pair at the very end: every approach has to look at (nearly) everything."""
    return planted(rng, n - 2, n - 1, (-V_MAX, V_MAX), f"n = {n}", note_zh=f"n = {n}", n=n).input
