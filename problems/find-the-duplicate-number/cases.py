"""Hidden tests for find-the-duplicate-number (the adapter rejects any change to nums): n = 1; the duplicate
repeated more than twice with numbers missing (`[2,2,2]`, `[3,3,3,3,3]`), which the sum and XOR formulas get
wrong; the duplicate first, last, equal to 1 and equal to n; small cases where Floyd's two phases started
inconsistently meet at the wrong place; cases where a binary search on the value with `>=` goes wrong; and n =
10^5: a random permutation plus a duplicate, one long chain from index 0 into a long cycle (Floyd's full walk),
the duplicate repeated 5 x 10^4 times, and the two copies at the very end (which a pair scan reaches last).
"""

from harness.catalogue.cases import Case

N_MAX = 100_000


def with_duplicate(rng, n, duplicate, copies):
    """n + 1 numbers in 1..n: `copies` copies of `duplicate` and distinct others, shuffled."""
    others = rng.sample([v for v in range(1, n + 1) if v != duplicate], n + 1 - copies)
    nums = [duplicate] * copies + others
    rng.shuffle(nums)
    return nums


def chain(rng, n, entry_at):
    """0 -> p[0] -> p[1] -> ... -> p[n-1] -> p[entry_at]: a tail of entry_at + 1 steps into a cycle of n - entry_at,
    the duplicate p[entry_at] at its entrance."""
    p = rng.sample(range(1, n + 1), n)
    nums = [0] * (n + 1)
    nums[0] = p[0]
    for a, b in zip(p, p[1:]):
        nums[a] = b
    nums[p[-1]] = p[entry_at]
    return nums


def hidden_cases(rng):
    yield Case({"nums": [1, 1]}, 1, "n = 1: the smallest array", note_zh="n = 1：最小的数组")
    yield Case({"nums": [2, 2, 2]}, 2, "three copies, 1 missing: sum(nums) - n(n+1)/2 answers 3",
               note_zh="三个副本，缺了 1：sum(nums) - n(n+1)/2 会得到 3")
    yield Case({"nums": [3, 3, 3, 3, 3]}, 3, "every number the duplicate", note_zh="每个数都是重复数")
    yield Case({"nums": [1, 4, 4, 2, 4]}, 4, "three copies of 4, 3 missing: XOR of everything fails",
               note_zh="4 出现三次，缺了 3：全部异或会出错")
    yield Case({"nums": [2, 1, 2]}, 2, "the duplicate is nums[0]", note_zh="重复数是 nums[0]")
    yield Case({"nums": [1, 3, 4, 2, 1]}, 1, "the duplicate is 1", note_zh="重复数是 1")
    yield Case({"nums": [4, 3, 1, 4, 2]}, 4, "the duplicate is n", note_zh="重复数是 n")
    yield Case({"nums": [2, 5, 9, 6, 9, 3, 8, 9, 7, 1]}, 9, "three copies of the largest, scattered",
               note_zh="最大的数出现三次，分散在各处")
    yield Case({"nums": [1, 2, 3, 4, 5, 6, 7, 8, 9, 9]}, 9, "sorted, the copies adjacent at the end",
               note_zh="已排序，两个副本相邻且在末尾")
    yield Case({"nums": [1, 1, 2]}, 1, "the copies adjacent at the start", note_zh="两个副本相邻且在开头")
    yield Case({"nums": [3, 1, 3, 4, 2]}, 3, "a cycle through index 0's first step", note_zh="环经过下标 0 的第一步")
    for n in (2, 3, 4, 5, 6, 7):
        for _ in range(2):
            yield Case({"nums": with_duplicate(rng, n, rng.randint(1, n), rng.randint(2, n + 1))},
                       note="a short array, the duplicate possibly repeated: Floyd's phases must start alike",
                       note_zh="较短的数组，重复数可能出现多次：Floyd 两个阶段的起点必须一致")
    yield Case({"nums": with_duplicate(rng, N_MAX, rng.randint(1, N_MAX), 2)},
               note="max: n = 10^5, a shuffled permutation and one extra copy",
               note_zh="最大：n = 10^5，打乱的排列加上一个多余的副本")
    yield Case({"nums": chain(rng, N_MAX, N_MAX // 2)},
               note="max: n = 10^5, one chain from index 0 into a cycle of half the numbers: Floyd walks it all",
               note_zh="最大：n = 10^5，从下标 0 出发的一条链进入一个含一半数的环：Floyd 要走完全程")
    yield Case({"nums": chain(rng, N_MAX, 0)}, note="max: n = 10^5, the whole array one cycle behind index 0",
               note_zh="最大：n = 10^5，下标 0 之后整个数组是一个环")
    yield Case({"nums": with_duplicate(rng, N_MAX, rng.randint(1, N_MAX), N_MAX // 2)},
               note="max: n = 10^5, the duplicate 5 x 10^4 times", note_zh="最大：n = 10^5，重复数出现 5 × 10^4 次")
    yield Case({"nums": list(range(1, N_MAX + 1)) + [N_MAX]}, N_MAX,
               "max: 1 to 10^5 in order, then 10^5 again: a pair scan reaches it last",
               note_zh="最大：按顺序的 1 到 10^5，然后又是 10^5：逐对比较最后才找到")
    yield Case({"nums": [1] + list(range(N_MAX, 0, -1))}, 1, "max: the duplicate 1 first and last",
               note_zh="最大：重复数 1 在开头和末尾")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums = given["nums"]
    assert isinstance(nums, list) and 2 <= len(nums) <= N_MAX + 1, "1 <= n <= 10^5, nums.length == n + 1"
    n = len(nums) - 1
    assert all(type(x) is int and 1 <= x <= n for x in nums), "1 <= nums[i] <= n"
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    assert sum(c > 1 for c in counts.values()) == 1, "exactly one number is repeated"


SIZES = (12_500, 25_000, 50_000, N_MAX)  # for `compare`: n


def sized_input(rng, n):
    """One chain from index 0 into a cycle of half the numbers: Floyd's walk and every count go through all."""
    return {"nums": chain(rng, n, n // 2)}
