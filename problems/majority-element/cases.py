"""Hidden tests for majority-element: one and two elements; the majority in the second half only (which the mode of
the first half, and an early return at a count of n // 2, miss); the shapes that break Boyer-Moore's reset
([1,3,1] and [7,7,2]: a new candidate without a vote; [4,3,3]: nums[0] voting twice; a majority of 0 against 0 as
the "no candidate" sentinel); the majority at neither end; values congruent to the majority modulo common table
sizes; the majority the largest after sorting (one below the middle misses it); negative majorities (32-bit voting
without a sign); the extremes; and maxima of 5 * 10^4: a bare majority shuffled among distinct values (one of them
of 0), or nearly tied with one other value, or all at the end."""

from harness.catalogue.cases import Case

N_MAX = 5 * 10**4
V_MAX = 10**9
COLLIDING = (2**16, 10**5, 10**5 + 3, 2**20, 10**6, 10**6 + 3)  # table sizes a hand-made hash might use


def hidden_cases(rng):
    yield Case({"nums": [5]}, 5, "one element", note_zh="只有一个元素")
    yield Case({"nums": [-7, -7]}, -7, "two equal elements, negative", note_zh="两个相同的负数")
    yield Case({"nums": [1, 1, 2, 2, 2]}, 2, "the majority only in the second half: 1 reaches n // 2 first",
               note_zh="多数元素只在后一半：1 先达到 n // 2")
    yield Case({"nums": [1, 3, 1]}, 1, "Boyer-Moore: the candidate adopted after the decrement has no vote",
               note_zh="Boyer-Moore：减到 0 之后才换上的候选没有票")
    yield Case({"nums": [4, 3, 3]}, 3, "Boyer-Moore: nums[0] must not vote twice", note_zh="Boyer-Moore：nums[0] 不能投两票")
    yield Case({"nums": [7, 7, 2]}, 7, "Boyer-Moore: the majority first, then one other value: a candidate adopted "
               "with no vote of its own loses to it", note_zh="Boyer-Moore：多数元素在前，最后一个是别的值："
               "换上时没有自己那一票的候选会输给它")
    yield Case({"nums": [0, 3, 0]}, 0, "the majority is 0 among other values: 0 as Boyer-Moore's 'no candidate' "
               "sentinel (`if not candidate`) lets 3 take over", note_zh="多数元素是 0，夹着别的值：把 0 当作"
               " Boyer-Moore 的“没有候选”标记（`if not candidate`）会让 3 取而代之")
    yield Case({"nums": [1, 2, 2, 2, 3]}, 2, "the majority at neither end: a guess between nums[0] and nums[-1] "
               "misses it", note_zh="多数元素不在两端：只在 nums[0] 和 nums[-1] 之间猜会错过它")
    yield Case({"nums": [3 + size for size in COLLIDING] + [3] * (len(COLLIDING) + 1)}, 3,
               "values congruent to the majority modulo common table sizes (2^16, 10^5, 10^5 + 3, 2^20, 10^6, "
               "10^6 + 3) come first: a count array indexed by x % size, answering the first value of the fullest "
               "bucket, answers one of them", note_zh="与多数元素模常见表长（2^16、10^5、10^5 + 3、2^20、10^6、"
               "10^6 + 3）同余的值排在前面：按 x % size 下标计数、返回最满的桶里第一个值的做法会答成其中之一")
    yield Case({"nums": [9, 1, 9]}, 9, "the majority is the largest: sorted, one below the middle is 1",
               note_zh="多数元素最大：排序后中间的前一位是 1")
    yield Case({"nums": [2, 1, 2, 1, 2, 1, 2]}, 2, "alternating, the majority by one", note_zh="交替出现，多数元素只多一个")
    yield Case({"nums": [8, 6, 8, 6, 6, 8, 8, 8]}, 8, "even n: the majority fills n / 2 + 1 positions",
               note_zh="n 为偶数：多数元素占 n / 2 + 1 个位置")
    yield Case({"nums": [-1, 5, -1]}, -1, "the majority is -1 (every bit set in two's complement)",
               note_zh="多数元素是 -1（补码中所有位都是 1）")
    yield Case({"nums": [V_MAX, -V_MAX, -V_MAX]}, -V_MAX, "the extremes: the majority is -10^9",
               note_zh="极值：多数元素是 -10^9")
    yield Case({"nums": [-V_MAX, V_MAX, V_MAX]}, V_MAX, "the extremes: the majority is 10^9", note_zh="极值：多数元素是 10^9")
    yield Case({"nums": [3, 4, 5, 7, 7, 7, 7]}, 7, "distinct values first, then the majority in a run",
               note_zh="先是互不相同的值，然后多数元素连成一段")
    yield Case({"nums": [0] * 6}, 0, "all equal, and 0", note_zh="全部相同，且为 0")
    yield Case({"nums": bare_majority(rng, N_MAX)}, note="max: n = 5 * 10^4, a bare majority shuffled among "
               "distinct values", note_zh="最大：n = 5 * 10^4，刚好过半的多数元素，和互不相同的值打乱混在一起")
    yield Case({"nums": bare_majority(rng, N_MAX - 1, majority=-V_MAX)}, -V_MAX,
               note="max: n = 5 * 10^4 - 1, the majority -10^9, shuffled",
               note_zh="最大：n = 5 * 10^4 - 1，多数元素是 -10^9，打乱顺序")
    nums = [11] * (N_MAX // 2 + 1) + [-3] * (N_MAX // 2 - 1)
    rng.shuffle(nums)
    yield Case({"nums": nums}, 11, "max: two values nearly tied, shuffled", note_zh="最大规模：两个值几乎一样多，打乱顺序")
    n = N_MAX - 1
    others = rng.sample(range(-V_MAX, V_MAX), n // 2)
    majority = max(others) + 1
    yield Case({"nums": others + [majority] * (n - n // 2)}, majority,
               note="max: distinct values, then the majority (the largest) in one run at the end",
               note_zh="最大规模：先是互不相同的值，最后是连成一段的多数元素（也是最大值）")
    yield Case({"nums": [6] * (N_MAX // 2 - 1) + [7] * (N_MAX // 2)}, 7,
               note="max: 24999 sixes, then 25000 sevens: the shape of [4,3,3] (nums[0] voting twice wins)",
               note_zh="最大规模：24999 个 6，然后 25000 个 7：[4,3,3] 的放大版（nums[0] 投两票就会赢）")
    yield Case({"nums": bare_majority(rng, N_MAX, majority=0)}, 0,
               note="max: a bare majority of 0 shuffled among distinct values (0 as a 'no candidate' sentinel)",
               note_zh="最大规模：刚好过半的 0 与互不相同的值打乱混在一起（把 0 当作“没有候选”的标记）")
    yield Case({"nums": [42] * N_MAX}, 42, "max: all equal", note_zh="最大规模：全部相同")


def bare_majority(rng, n, majority=None):
    """n values: n // 2 + 1 copies of the majority and n - n // 2 - 1 distinct other values, shuffled."""
    copies = n // 2 + 1
    pool = rng.sample(range(-V_MAX, V_MAX + 1), n - copies + 1)
    if majority is None:
        majority = pool.pop()
    nums = [majority] * copies + [x for x in pool if x != majority][: n - copies]
    rng.shuffle(nums)
    return nums


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= n <= 5 * 10^4"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-10^9 <= nums[i] <= 10^9"
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    assert max(counts.values()) > len(nums) // 2, "a value appears more than n / 2 times"


SIZES = (3125, 6250, 12_500, 25_000, N_MAX)  # for `compare`: the length of nums, doubling up to the maximum


def sized_input(rng, n):
    """A bare majority shuffled among distinct values: every approach reads every element."""
    return {"nums": bare_majority(rng, n)}
