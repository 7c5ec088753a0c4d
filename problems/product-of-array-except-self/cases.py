"""Hidden tests for product-of-array-except-self: zeros first (one, two, at either end: division breaks on each),
negatives and the 32-bit edge, then arrays of 10^5 elements. The constraint caps every prefix and suffix product at
32 bits, so a long array is mostly 1 and -1 with a few larger factors at random places; between two zeros the
values are free (every prefix and suffix there holds a zero)."""

from harness.catalogue.cases import Case

N_MAX = 10**5
V_MAX = 30
INT_MIN, INT_MAX = -2**31, 2**31 - 1


def hidden_cases(rng):
    yield Case({"nums": [1, 0, 3]}, [0, 3, 0], "one zero: only its own entry is non-zero", note_zh="一个 0：只有它自己的位置非零")
    yield Case({"nums": [0, 4, 0, 2]}, [0, 0, 0, 0], "two zeros: every entry is 0", note_zh="两个 0：所有位置都是 0")
    yield Case({"nums": [0, 0]}, [0, 0], "the smallest input, both zeros", note_zh="最小的输入，两个都是 0")
    yield Case({"nums": [0, 5]}, [5, 0], "a zero first", note_zh="0 在开头")
    yield Case({"nums": [7, -2, 0]}, [0, 0, -14], "a zero last", note_zh="0 在末尾")
    yield Case({"nums": [4, 0, 0]}, [0, 0, 0], "two zeros at the end", note_zh="两个 0 在末尾")
    yield Case({"nums": [2, 3]}, [3, 2], "two elements", note_zh="两个元素")
    yield Case({"nums": [-1, -1]}, [-1, -1], "two negative ones", note_zh="两个 -1")
    yield Case({"nums": [-2, 3, -4]}, [-12, 8, -6], "negatives: the signs", note_zh="负数：符号")
    yield Case({"nums": [1, 1, 1, 1]}, [1, 1, 1, 1], "all ones", note_zh="全为 1")
    yield Case({"nums": [5, 5, 5]}, [25, 25, 25], "all equal", note_zh="全部相等")
    yield Case({"nums": [30] * 6}, [30**5] * 6, "extreme values: 30^6 is the largest prefix product",
               note_zh="极值：最大的前缀积为 30^6")
    yield Case({"nums": [-30] * 6}, [-30**5] * 6, "-30 six times: the signs of large products",
               note_zh="六个 -30：大乘积的符号")
    yield Case({"nums": [-2] * 31}, [2**30] * 31, "31 times -2: the full product is exactly -2^31",
               note_zh="31 个 -2：全部元素之积恰好是 -2^31")
    yield Case({"nums": [3, 0, -30, 30, 0, 2]}, [0] * 6, "two zeros, large values between them",
               note_zh="两个 0，中间是较大的值")

    yield Case({"nums": spread(rng, N_MAX)}, note="max: n = 10^5, no zero, +-1 and larger factors at random places",
               note_zh="最大：n = 10^5，没有 0，+-1 与若干较大因子随机分布")
    yield Case({"nums": spread(rng, N_MAX)}, note="max: n = 10^5, no zero, random signs", note_zh="最大：n = 10^5，没有 0，随机符号")
    yield with_zeros(rng, [rng.randrange(1, N_MAX - 1)], "max: n = 10^5, one zero in the middle",
                     note_zh="最大：n = 10^5，中间有一个 0")
    yield with_zeros(rng, [0], "max: n = 10^5, one zero at the start", note_zh="最大：n = 10^5，开头有一个 0")
    yield with_zeros(rng, [N_MAX - 1], "max: n = 10^5, one zero at the end", note_zh="最大：n = 10^5，末尾有一个 0")
    first, second = rng.randrange(10, N_MAX // 4), rng.randrange(3 * N_MAX // 4, N_MAX - 10)
    yield with_zeros(rng, [first, second], "max: n = 10^5, two zeros far apart, values up to 30 between them",
                     note_zh="最大：n = 10^5，两个 0 相距很远，中间的值最大到 30")
    yield Case({"nums": [1] * N_MAX}, [1] * N_MAX, "max: n = 10^5, all ones", note_zh="最大：n = 10^5，全为 1")
    yield Case({"nums": [-1] * N_MAX}, [-1] * N_MAX, "max: n = 10^5, all -1: an odd count of the others",
               note_zh="最大：n = 10^5，全为 -1：其余元素个数为奇数")
    nums = [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)]
    nums[1] = nums[-2] = 0
    yield Case({"nums": nums}, [0] * N_MAX, "max: n = 10^5, random values over [-30, 30], many zeros",
               note_zh="最大：n = 10^5，随机值取自 [-30, 30]，有许多 0")


def spread(rng, n, budget=INT_MAX):
    """n values of +-1, with factors of 2..30 (random signs) at random places while their product stays in budget."""
    nums = [rng.choice((-1, 1)) for _ in range(n)]
    product = 1
    while True:
        factor = rng.randint(2, V_MAX)
        if product * factor > budget // 2:  # room for the sign: |product| <= 2^30 stays inside 32 bits
            return nums
        product *= factor
        nums[rng.randrange(n)] = factor * rng.choice((-1, 1))


def with_zeros(rng, zeros, note, note_zh):
    """Zeros at the given places; with one zero, all the factors share one budget (its own entry is their product);
    with two, the values between them are free."""
    nums = spread(rng, N_MAX)
    if len(zeros) == 2:
        first, second = zeros
        nums[first + 1:second] = [rng.randint(-V_MAX, V_MAX) for _ in range(second - first - 1)]
    for i in zeros:
        nums[i] = 0
    return Case({"nums": nums}, note=note, note_zh=note_zh)


def fits(p):
    return INT_MIN <= p <= INT_MAX


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    nums = given["nums"]
    assert isinstance(nums, list) and 2 <= len(nums) <= N_MAX, "2 <= nums.length <= 10^5"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-30 <= nums[i] <= 30"
    prefix = [1]
    for x in nums:
        prefix.append(prefix[-1] * x)
        assert fits(prefix[-1]), "every prefix product fits in 32 bits"
    suffix = [1]
    for x in reversed(nums):
        suffix.append(suffix[-1] * x)
        assert fits(suffix[-1]), "every suffix product fits in 32 bits"
    suffix.reverse()
    assert all(fits(prefix[i] * suffix[i + 1]) for i in range(len(nums))), "every answer fits in 32 bits"


SIZES = (6250, 12_500, 25_000, 50_000, N_MAX)  # for `compare`: n, the length of nums


def sized_input(rng, n):
    """No zero, +-1 and a few larger factors: every approach multiplies across the whole array."""
    return {"nums": spread(rng, n)}
