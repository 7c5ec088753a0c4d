"""Hidden tests for first-missing-positive: small arrays with pinned answers, one per classic mistake (1..n all
present, duplicates, zeros, negatives, values above n, the sign-marking and cyclic-swap slips), then seeded
arrays of n = 10^5 whose answers are spread over 1..n+1, so that no fixed guess passes.

Values span the whole 32-bit range. The large cases mix the values 1..n that matter with the noise that does not
(zeros, negatives, values above n, duplicates), shuffled: no order to lean on.
"""

from harness.catalogue.cases import Case

N_MAX = 10**5
LOW, HIGH = -(2**31), 2**31 - 1


def hidden_cases(rng):
    yield Case({"nums": [1]}, 2, "[1]: every value 1..n present, so the answer is n + 1",
               note_zh="[1]：1..n 全都出现，所以答案是 n + 1")
    yield Case({"nums": [2]}, 1, "one element, not 1", note_zh="只有一个元素，且不是 1")
    yield Case({"nums": [0]}, 1, "zero is not positive", note_zh="0 不是正数")
    yield Case({"nums": [LOW]}, 1, "one element, -2^31", note_zh="只有一个元素：-2^31")
    yield Case({"nums": [HIGH]}, 1, "one element, 2^31 - 1: far above n", note_zh="只有一个元素：2^31 - 1，远大于 n")
    yield Case({"nums": [5, 4, 3, 2, 1]}, 6, "1..n reversed: the answer is n + 1", note_zh="1..n 倒序：答案是 n + 1")
    yield Case({"nums": [1, 1]}, 2, "a duplicate already in its slot: the swap loop must stop",
               note_zh="重复值已经在它的位置上：交换循环必须停下")
    yield Case({"nums": [2, 2, 2, 2]}, 1, "all equal, not 1", note_zh="全部相等，且不是 1")
    yield Case({"nums": [1, 1, 2]}, 3, "a duplicate is not a gap", note_zh="重复值不是空缺")
    yield Case({"nums": [3, 1, 2, 2]}, 4, "a duplicate takes a slot: the answer is n, not n + 1",
               note_zh="重复值占了一个位置：答案是 n 而不是 n + 1")
    yield Case({"nums": [0, 1]}, 2, "a zero where 1's mark goes: -0 is still 0", note_zh="0 恰好在 1 要标记的位置：-0 仍是 0")
    yield Case({"nums": [-5, 2]}, 1, "a negative must not count as a mark", note_zh="负数不能被当成标记")
    yield Case({"nums": [2, 1]}, 3, "a value read after its slot was marked negative", note_zh="读取一个值时，它所在的位置已被标记为负")
    yield Case({"nums": [1, 3]}, 2, "a gap below the maximum", note_zh="最大值之下有空缺")
    yield Case({"nums": [2, 3, 4]}, 1, "1 is missing, everything else consecutive", note_zh="缺 1，其余连续")
    yield Case({"nums": [1, 2, 4]}, 3, "a value above n next to the gap", note_zh="空缺旁边有一个大于 n 的值")
    yield Case({"nums": [4, 1, 2, 3]}, 5, "each value must be swapped on, not placed once", note_zh="每个值都要继续交换，而不是只放一次")
    yield Case({"nums": [2, 3, 1]}, 4, "a cycle of swaps: 2 -> 3 -> 1", note_zh="一个交换环：2 -> 3 -> 1")
    yield Case({"nums": [LOW, HIGH, 0, -1, 1, 2]}, 3, "extremes, zero and negatives among 1 and 2",
               note_zh="极值、0 和负数混在 1 与 2 之间")
    yield Case({"nums": [HIGH, HIGH - 1, 1, 3, 3]}, 2, "huge values: a table up to max(nums) cannot be built",
               note_zh="极大的值：不可能建一张大小为 max(nums) 的表")
    n = N_MAX
    yield Case({"nums": shuffled(rng, range(1, n + 1))}, n + 1, "max: n = 10^5, a permutation of 1..n: answer n + 1",
               note_zh="最大：n = 10^5，1..n 的一个排列：答案为 n + 1")
    yield Case({"nums": list(range(1, n + 1))}, n + 1, "max: n = 10^5, 1..n sorted", note_zh="最大：n = 10^5，1..n 有序")
    yield Case({"nums": [1] * n}, 2, "max: n = 10^5, all ones", note_zh="最大：n = 10^5，全是 1")
    yield Case({"nums": [HIGH] * n}, 1, "max: n = 10^5, all 2^31 - 1", note_zh="最大：n = 10^5，全是 2^31 - 1")
    yield Case({"nums": [LOW] * (n // 2) + [0] * (n // 2)}, 1, "max: n = 10^5, only -2^31 and zeros",
               note_zh="最大：n = 10^5，只有 -2^31 和 0")
    yield Case({"nums": shuffled(rng, range(2, n + 2))}, 1, "max: n = 10^5, 2..n+1: only 1 is missing",
               note_zh="最大：n = 10^5，2..n+1：只缺 1")
    yield Case({"nums": shuffled(rng, [*range(1, n), n + 1])}, n, "max: n = 10^5, 1..n-1 and n + 1: answer n",
               note_zh="最大：n = 10^5，1..n-1 和 n + 1：答案为 n")
    yield Case({"nums": shuffled(rng, [v for v in range(1, n // 2 + 1) for _ in (0, 1)])}, n // 2 + 1,
               "max: n = 10^5, each of 1..n/2 twice", note_zh="最大：n = 10^5，1..n/2 每个出现两次")
    for answer in (rng.randrange(2, 100), rng.randrange(n // 3, 2 * n // 3), rng.randrange(n - 100, n)):
        yield noisy(rng, n, answer)
    yield Case({"nums": [rng.randint(LOW, HIGH) for _ in range(n)]}, note="max: n = 10^5, random over the whole range",
               note_zh="最大：n = 10^5，在整个范围内随机")


def shuffled(rng, values):
    values = list(values)
    rng.shuffle(values)
    return values


def noisy(rng, n, answer):
    """1..answer-1 each at least once, then noise (duplicates below the answer, zeros, negatives, values above n,
    values above the answer but never the answer itself), shuffled: the answer is `answer`."""
    nums = list(range(1, answer))
    noise = (lambda: rng.randrange(1, answer), lambda: 0, lambda: rng.randint(LOW, -1),
             lambda: rng.randint(n + 1, HIGH), lambda: rng.randint(answer + 1, n))
    nums += [rng.choice(noise)() for _ in range(n - len(nums))]
    return Case({"nums": shuffled(rng, nums)}, answer,
                f"max: n = 10^5, 1..{answer - 1} among zeros, negatives, duplicates and large values",
                note_zh=f"最大：n = 10^5，1..{answer - 1} 混在 0、负数、重复值和大数之中")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 10^5"
    assert all(type(x) is int and LOW <= x <= HIGH for x in nums), "-2^31 <= nums[i] <= 2^31 - 1"


SIZES = (6250, 12_500, 25_000, 50_000, 100_000)  # for `compare`: n, the length of nums


def sized_input(rng, n):
    """A shuffled permutation of 1..n with one value near n replaced by a negative: the answer is that value, so
    every approach fills and scans (nearly) the whole table."""
    nums = shuffled(rng, range(1, n + 1))
    nums[nums.index(n - rng.randrange(1, 10))] = -rng.randint(1, HIGH)
    return {"nums": nums}
