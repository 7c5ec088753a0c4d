"""Hidden tests for maximum-product-subarray: one element (negative, zero, positive), two negatives that make the
best product, zeros that split the array or are the answer, an odd number of negatives (drop the first or the
last), products up to 2 * 10^9 (within the 32-bit guarantee), and 2 * 10^4 elements: long runs of +-1 with a few
larger factors, which an O(n^2) scan cannot afford. Catches max-only Kadane, big and small updated one after the
other, an answer started at 0 or 1, zeros skipped, prefix products without suffixes, prefix and suffix products
not restarted after a zero, and a suffix scan done only when the whole array (not each zero-free
segment) has an odd number of negatives.
"""

from harness.catalogue.cases import Case

N_MAX = 2 * 10**4
V_MAX = 10
INT_MAX = 2**31 - 1


def hidden_cases(rng):
    yield Case({"nums": [-2]}, -2, "one negative element: an answer started at 0 or 1 is wrong",
               note_zh="只有一个负数：答案初始化为 0 或 1 都不对")
    yield Case({"nums": [0]}, 0, "one zero", note_zh="只有一个 0")
    yield Case({"nums": [7]}, 7, "one positive element", note_zh="只有一个正数")
    yield Case({"nums": [-2, 3, -4]}, 24, "two negatives make the best: tracking only the largest product answers 3",
               note_zh="两个负数相乘得到最优：只维护最大乘积会得到 3")
    yield Case({"nums": [2, -5, -2, -4, 3]}, 24,
               "big updated before small reads it: 480 instead of 24", note_zh="先更新 big 再让 small 读取它：得到 480 而不是 24")
    yield Case({"nums": [-1, -2, -3]}, 6, "three negatives: drop the first; a stale big gives 12",
               note_zh="三个负数：去掉第一个；用错的 big 会得到 12")
    yield Case({"nums": [-3, -1, -1]}, 3, "three negatives: drop the last", note_zh="三个负数：去掉最后一个")
    yield Case({"nums": [-1, 2, 3]}, 6, "a leading negative: prefix products alone never see 2 x 3",
               note_zh="开头是负数：只看前缀乘积永远看不到 2 x 3")
    yield Case({"nums": [-1, 2, 3, 0, -1]}, 6,
               "an even number of negatives in all, but odd in the segment [-1,2,3]: the parity is per segment, "
               "so a suffix scan only when the whole array's count is odd answers 3",
               note_zh="负数总个数是偶数，但在 [-1,2,3] 这一段里是奇数：奇偶性要按段来算，只在全数组负数个数为奇数时才做后缀扫描会得到 3")
    yield Case({"nums": [-1, 0, -1, 0]}, 0, "zeros between negatives: the answer is a zero itself",
               note_zh="负数之间隔着 0：答案就是 0 本身")
    yield Case({"nums": [0, 2, 3, 0]}, 6, "a product must restart after a zero", note_zh="遇到 0 后乘积必须重新开始")
    yield Case({"nums": [3, 0, -2, 4]}, 4, "the best lies after a zero", note_zh="最优子数组在 0 之后")
    yield Case({"nums": [0, 0, 0]}, 0, "all zeros", note_zh="全是 0")
    yield Case({"nums": [-1, -1]}, 1, "two -1", note_zh="两个 -1")
    yield Case({"nums": [-10, 0, -10]}, 0, "-10 on each side of a zero", note_zh="0 的两边各有一个 -10")
    yield Case({"nums": [2] + [10] * 9}, 2 * 10**9, "the product 2 * 10^9, within the 32-bit guarantee",
               note_zh="乘积为 2 * 10^9，在 32 位整数的保证范围内")
    yield Case({"nums": [-2] + [10] * 9 + [-1]}, 2 * 10**9, "2 * 10^9 from two negatives at the ends",
               note_zh="由两端的两个负数得到 2 * 10^9")
    yield Case({"nums": [-1] * N_MAX}, 1, "max: 2 * 10^4 of -1", note_zh="最大：2 * 10^4 个 -1")
    yield Case({"nums": [1] * (N_MAX - 1) + [-3]}, 1, "max: 1s then a -3 at the end", note_zh="最大：一串 1，最后是 -3")
    yield Case({"nums": [-5] + [1] * (N_MAX - 2) + [-5]}, 25,
               "max: -5, 19998 ones, -5: the whole array; an O(n^2) scan makes 2 * 10^8 products",
               note_zh="最大：-5、19998 个 1、-5：整个数组；O(n^2) 的扫描要做 2 * 10^8 次乘法")
    yield Case({"nums": [-V_MAX if i % 2 == 0 else 0 for i in range(N_MAX)]}, 0,
               "max: -10 and 0 alternating: every segment one negative", note_zh="最大：-10 与 0 交替：每段只有一个负数")
    yield Case({"nums": long_run(rng, N_MAX)}, note="max: 2 * 10^4 of +-1 and a few factors up to 10, no zero",
               note_zh="最大：2 * 10^4 个 +-1 与少量不超过 10 的因子，没有 0")
    for density in (0.001, 0.05, 0.3):
        yield Case({"nums": segmented(rng, N_MAX, density)}, note=f"max: 2 * 10^4 random segments, zeros at {density}",
                   note_zh=f"最大：2 * 10^4 个元素的随机分段，0 的比例为 {density}")
    for _ in range(3):
        yield Case({"nums": segmented(rng, rng.randint(5, 40), 0.15)}, note="a short random array",
                   note_zh="较短的随机数组")


def long_run(rng, n):
    """n values of +-1 with factors of up to 10 scattered in, their product at most 2^31 - 1: no zero at all."""
    nums = [rng.choice((-1, 1)) for _ in range(n)]
    product = 1
    for _ in range(40):
        factor = rng.choice((-10, -7, -3, -2, 2, 3, 5, 10))
        if product * abs(factor) <= INT_MAX:
            product *= abs(factor)
            nums[rng.randrange(n)] = factor
    return nums


def segmented(rng, n, zeros):
    """Random values in [-10, 10], a zero with probability `zeros`, and +-1 wherever a larger value would take its
    zero-free segment's product past 2^31 - 1."""
    nums, product = [], 1
    for _ in range(n):
        if rng.random() < zeros:
            nums.append(0)
            product = 1
            continue
        x = rng.choice([v for v in range(-V_MAX, V_MAX + 1) if v])
        if product * abs(x) > INT_MAX:
            x = rng.choice((-1, 1))
        product *= abs(x)
        nums.append(x)
    return nums


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 2 * 10^4"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-10 <= nums[i] <= 10"
    product = 1  # no subarray's product goes past 32 bits: the largest |product| is a whole zero-free segment's
    for x in nums:
        product = 1 if x == 0 else product * abs(x)
        assert product <= INT_MAX, "the product of any subarray fits in a 32-bit integer"


SIZES = (2500, 5000, 10_000, N_MAX)  # for `compare`: the length of nums


def sized_input(rng, n):
    return {"nums": segmented(rng, n, 0.02)}
