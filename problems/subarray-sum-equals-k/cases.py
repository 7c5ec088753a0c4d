"""Hidden tests for subarray-sum-equals-k: small arrays with pinned answers aimed at each classic mistake (a
sliding window with negatives, a dict without the empty prefix, counting after recording the prefix with k = 0,
a set of prefixes, k - prefix for prefix - k), then seeded arrays of 2 * 10^4 values: random over the whole
range, all zeros with k = 0 (the largest answer, 2 * 10^8), +-1000 everywhere with k = +-10^7, zero-sum runs,
and small values where prefix sums repeat often."""

from harness.catalogue.cases import Case

N_MAX = 2 * 10**4
V_MAX = 1000
K_MAX = 10**7


def hidden_cases(rng):
    yield Case({"nums": [5], "k": 5}, 1, "one element equal to k", note_zh="唯一的元素等于 k")
    yield Case({"nums": [5], "k": -5}, 0, "one element, not k", note_zh="唯一的元素不等于 k")
    yield Case({"nums": [0], "k": 0}, 1, "a single 0 with k = 0: one subarray, not the empty one too",
               note_zh="单个 0，k = 0：只有一个子数组，不算空子数组")
    yield Case({"nums": [1], "k": 0}, 0, "k = 0 and no zero sum: the empty subarray does not count",
               note_zh="k = 0 且没有和为 0 的子数组：空子数组不算")
    yield Case({"nums": [3, 1], "k": 3}, 1, "the answer starts at index 0: the dict needs {0: 1}",
               note_zh="答案从下标 0 开始：哈希表（dict）需要初值 {0: 1}")
    yield Case({"nums": [2, 2, 2], "k": 6}, 1, "the whole array is the only answer", note_zh="整个数组是唯一的答案")
    yield Case({"nums": [1, -1, 1], "k": 1}, 3, "negatives: a window shrunk too early misses [1,-1,1]",
               note_zh="有负数：过早收缩的窗口会漏掉 [1,-1,1]")
    yield Case({"nums": [-1, -1, -1], "k": -2}, 2, "all negative, k negative", note_zh="全是负数，k 为负数")
    yield Case({"nums": [0, 0, 0], "k": 0}, 6, "zeros: the prefix sum repeats, each repeat counts",
               note_zh="全是 0：前缀和重复出现，每次重复都要计数")
    yield Case({"nums": [3, 4, 7, 2, -3, 1, 4, 2], "k": 7}, 4, "a mix of signs, answers overlapping",
               note_zh="正负混合，答案相互重叠")
    yield Case({"nums": [1, 2, 1, 2, 1], "k": 3}, 4, "overlapping answers", note_zh="相互重叠的答案")
    yield Case({"nums": [2, -2, 2, -2], "k": 0}, 4, "alternating signs, k = 0", note_zh="正负交替，k = 0")
    yield Case({"nums": [3, -1, 2], "k": 2}, 2, "k - prefix and prefix - k differ", note_zh="k - prefix 与 prefix - k 不同")
    yield Case({"nums": [V_MAX, V_MAX, V_MAX], "k": K_MAX}, 0, "k = 10^7 out of reach", note_zh="k = 10^7，无法达到")
    yield Case({"nums": [-V_MAX, V_MAX], "k": 0}, 1, "the extreme values cancel", note_zh="极值互相抵消")

    yield Case({"nums": [0] * N_MAX, "k": 0}, N_MAX * (N_MAX + 1) // 2,
               "max: n = 2*10^4 zeros, k = 0: every subarray, 2*10^8 of them", note_zh="最大：n = 2*10^4 个 0，k = 0：每个子数组都是答案，共 2*10^8 个")
    yield Case({"nums": [V_MAX] * N_MAX, "k": K_MAX}, N_MAX - K_MAX // V_MAX + 1,
               "max: n = 2*10^4 values of 1000, k = 10^7", note_zh="最大：n = 2*10^4 个 1000，k = 10^7")
    yield Case({"nums": [-V_MAX] * N_MAX, "k": -K_MAX}, N_MAX - K_MAX // V_MAX + 1,
               "max: n = 2*10^4 values of -1000, k = -10^7", note_zh="最大：n = 2*10^4 个 -1000，k = -10^7")
    yield Case({"nums": [1, -1] * (N_MAX // 2), "k": 0}, (N_MAX // 2) ** 2,
               "max: n = 2*10^4 alternating 1 and -1, k = 0", note_zh="最大：n = 2*10^4，1 与 -1 交替，k = 0")
    for k in (rng.randint(-50, 50), rng.randint(-V_MAX, V_MAX)):
        yield Case({"nums": randoms(rng, V_MAX), "k": k}, note="max: n = 2*10^4, random values in [-1000, 1000]",
                   note_zh="最大：n = 2*10^4，随机值，取自 [-1000, 1000]")
    yield Case({"nums": randoms(rng, V_MAX), "k": 0}, note="max: n = 2*10^4, random values in [-1000, 1000], k = 0",
               note_zh="最大：n = 2*10^4，随机值，取自 [-1000, 1000]，k = 0")
    yield Case({"nums": randoms(rng, 1), "k": 0}, note="max: n = 2*10^4, values in {-1, 0, 1}, k = 0: prefix sums repeat",
               note_zh="最大：n = 2*10^4，值取自 {-1, 0, 1}，k = 0：前缀和大量重复")
    yield Case({"nums": randoms(rng, 1), "k": rng.randint(5, 20)}, note="max: n = 2*10^4, values in {-1, 0, 1}, small k > 0",
               note_zh="最大：n = 2*10^4，值取自 {-1, 0, 1}，k 为较小的正数")
    yield Case({"nums": randoms(rng, 10), "k": -rng.randint(1, 30)}, note="max: n = 2*10^4, values in [-10, 10], k < 0",
               note_zh="最大：n = 2*10^4，值取自 [-10, 10]，k < 0")
    positive = [rng.randint(1, V_MAX) for _ in range(N_MAX)]
    start = rng.randrange(N_MAX // 2)
    yield Case({"nums": positive, "k": sum(positive[start:start + 5000])},
               note="max: n = 2*10^4, positive values, k the sum of 5000 of them",
               note_zh="最大：n = 2*10^4，全是正数，k 是其中 5000 个连续值之和")
    yield Case({"nums": randoms(rng, V_MAX), "k": rng.choice((-1, 1)) * rng.randint(K_MAX // 2, K_MAX)},
               note="max: n = 2*10^4, random values, |k| near 10^7: no answer",
               note_zh="最大：n = 2*10^4，随机值，|k| 接近 10^7：没有答案")


def randoms(rng, span, n=N_MAX):
    return [rng.randint(-span, span) for _ in range(n)]


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    nums, k = given["nums"], given["k"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 2 * 10^4"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-1000 <= nums[i] <= 1000"
    assert type(k) is int and -K_MAX <= k <= K_MAX, "-10^7 <= k <= 10^7"


SIZES = (1250, 2500, 5000, 10_000, N_MAX)  # for `compare`: n, the length of nums


def sized_input(rng, n):
    """Small random values and k = 0: prefix sums repeat, so every approach finds answers all along."""
    return {"nums": randoms(rng, 10, n), "k": 0}
