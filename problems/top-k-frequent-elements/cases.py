"""Hidden tests for top-k-frequent-elements: short lists with pinned answers, one per classic mistake (the largest
values instead of the most frequent, the counts returned instead of the values, the least frequent, values in
order of first appearance, k - 1 or k + 1 values, a bucket list one slot short when one value fills nums, a count
table without an offset for negative values), k equal to the number of distinct values, then 10^5 values: one value
repeated, 20001 distinct values with k = 10 and k = 5000, two values 50001 to 49999, and a winner by a single
count. Every answer is unique, as the problem guarantees."""

from collections import Counter

from harness.catalogue.cases import Case

N_MAX = 10**5
V_MAX = 10**4


def with_counts(rng, counts):
    """nums in which distinct random values occur counts[0], counts[1], ... times, shuffled."""
    values = rng.sample(range(-V_MAX, V_MAX + 1), len(counts))
    nums = [v for v, c in zip(values, counts) for _ in range(c)]
    rng.shuffle(nums)
    return nums


def hidden_cases(rng):
    yield Case({"nums": [1], "k": 1}, [1], "one value", note_zh="只有一个值")
    yield Case({"nums": [4, 4, 4], "k": 1}, [4], "one value fills nums: its count is n (a bucket list needs n + 1 slots)",
               note_zh="一个值占满 nums：它的次数是 n（桶列表需要 n + 1 个位置）")
    yield Case({"nums": [5, 5, 5, 1, 1, 9], "k": 2}, [5, 1], "the most frequent, not the largest values",
               note_zh="出现最频繁的值，而不是最大的值")
    yield Case({"nums": [7, 7, 7, 2], "k": 1}, [7], "the value, not its count", note_zh="返回值，而不是它的次数")
    yield Case({"nums": [1, 2, 2, 3, 3, 3], "k": 1}, [3], "the most frequent appears last, not first",
               note_zh="最频繁的值最后才出现，而不是最先出现")
    yield Case({"nums": [8, 6, 6, 6, 8, 3, 6, 8, 0, 6], "k": 2}, [6, 8], "k = 2 of four values: neither one nor three values",
               note_zh="四个值中取 k = 2 个：既不是一个，也不是三个")
    yield Case({"nums": [3, 1, 2, 2], "k": 3}, [1, 2, 3], "k = the number of distinct values: all of them",
               note_zh="k 等于不同值的个数：全部返回")
    yield Case({"nums": [-1, -1, -2, 3], "k": 1}, [-1], "a negative value is the most frequent", note_zh="最频繁的是负数")
    yield Case({"nums": [-V_MAX, -V_MAX, V_MAX, 0, 0, 0], "k": 2}, [0, -V_MAX], "the extremes of the range",
               note_zh="值域的两个极值")
    yield Case({"nums": [2, 2, 1, 1, 1, 3, 3, 3, 3, 2, 2, 2], "k": 2}, [2, 3], "counts 5, 4, 3: the top two",
               note_zh="次数 5、4、3：取前两个")

    yield Case({"nums": [V_MAX] * N_MAX, "k": 1}, [V_MAX], "max: n = 10^5, one value: its count is n",
               note_zh="最大：n = 10^5，只有一个值：它的次数是 n")
    top = [1000 + i for i in range(10)]
    rest = [rng.randint(1, 7) for _ in range(20001 - 10)]
    yield Case({"nums": with_counts(rng, top + rest), "k": 10}, note="max: 20001 distinct values, k = 10",
               note_zh="最大：20001 个不同的值，k = 10")
    top = [rng.randint(10, 11) for _ in range(5000)]
    rest = [rng.randint(1, 3) for _ in range(20001 - 5000)]
    yield Case({"nums": with_counts(rng, top + rest), "k": 5000}, note="max: 20001 distinct values, k = 5000",
               note_zh="最大：20001 个不同的值，k = 5000")
    yield Case({"nums": with_counts(rng, [50_001, 49_999]), "k": 1}, note="max: n = 10^5, two values, 50001 against 49999",
               note_zh="最大：n = 10^5，两个值，50001 对 49999")
    yield Case({"nums": with_counts(rng, [6] + [5] * 19_998), "k": 1}, note="max: n = 10^5, the winner by one count",
               note_zh="最大：n = 10^5，只多一次的胜者")
    yield Case({"nums": with_counts(rng, [100 * (i + 1) for i in range(44)]), "k": 44},
               note="max: 99000 values, k = all 44 distinct ones", note_zh="最大：99000 个值，k 等于全部 44 个不同的值")
    for n in (20, 300, 5000):
        m, k = n // 20, rng.randint(1, 9)
        counts = [rng.randint(m + 1, 2 * m) for _ in range(k)] + [rng.randint(1, m) for _ in range(10 - k)]
        yield Case({"nums": with_counts(rng, counts), "k": k}, note=f"random, {sum(counts)} values",
                   note_zh=f"随机，{sum(counts)} 个值")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums, k = given["nums"], given["k"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 10^5"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-10^4 <= nums[i] <= 10^4"
    counts = sorted(Counter(nums).values(), reverse=True)
    assert type(k) is int and 1 <= k <= len(counts), "k is in the range [1, the number of unique elements]"
    assert k == len(counts) or counts[k - 1] > counts[k], "the answer is unique"


SIZES = (6250, 12_500, 25_000, 50_000, N_MAX)  # for `compare`: the length of nums


def sized_input(rng, n):
    """n / 5 distinct values, each about five times, the 100 most frequent six to eight times."""
    distinct = n // 5
    counts = [rng.randint(6, 8) for _ in range(100)] + [rng.randint(1, 5) for _ in range(distinct - 100)]
    return {"nums": with_counts(rng, counts), "k": 100}
