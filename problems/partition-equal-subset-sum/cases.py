"""Hidden tests for partition-equal-subset-sum: one number; odd totals whose floor half is reachable (a missing
parity check); even totals with no half ([2,4], [1,5]: a sum loop walking upwards uses 1 three times); greedy
splits that fail ([3,3,2,2,2] into the lighter half, [4,3,3,2,2,2] taking what fits); "even total and no number
above half" ([2,2,3,5]); sorted-prefix splits ([2,3,4,5]); a number above half; a case built so that Python's
negative indices (`dp[s - x]` with `s < x`) fake a reachable half; 200 numbers of up to 100, with a false
answer that a plain recursion cannot find quickly; and true answers built from three close values, whose half no
greedy fill reaches, in any order or over random shuffles.
"""

from harness.catalogue.cases import Case

N_MAX = 200
V_MAX = 100


def hidden_cases(rng):
    yield Case({"nums": [1]}, False, "one number: there is no second half", note_zh="只有一个数：没有另一半")
    yield Case({"nums": [2, 3, 3]}, False, "half is 4: dp[s - 3] with s < 3 reads the end of the list (dp[-1] is "
               "dp[4], just set by the 3): a negative index fakes the half",
               note_zh="一半是 4：s < 3 时 dp[s - 3] 读到列表末尾（dp[-1] 就是刚被 3 置为 True 的 dp[4]）：负下标凭空凑出一半")
    yield Case({"nums": [100]}, False, "one number of 100", note_zh="只有一个数 100")
    yield Case({"nums": [7, 7]}, True, "two equal numbers", note_zh="两个相等的数")
    yield Case({"nums": [1, 2]}, False, "two numbers, odd total", note_zh="两个数，总和为奇数")
    yield Case({"nums": [1, 2, 4]}, False, "odd total 7: 7 // 2 = 3 is reachable (1 + 2), so a missing parity check "
               "answers true", note_zh="总和 7 为奇数：7 // 2 = 3 可以凑出（1 + 2），漏了奇偶判断就会答 true")
    yield Case({"nums": [2, 4]}, False, "even total, no half: an even total is not enough",
               note_zh="总和为偶数但凑不出一半：总和为偶数并不够")
    yield Case({"nums": [1, 5]}, False, "half is 3: a sum loop walking upwards reuses the 1 (1 + 1 + 1)",
               note_zh="一半是 3：和从小往大遍历会重复使用 1（1 + 1 + 1）")
    yield Case({"nums": [1, 1, 8]}, False, "half is 5: an upward loop reaches it with 1s used again and again",
               note_zh="一半是 5：从小往大遍历会反复使用 1 凑出它")
    yield Case({"nums": [3, 3, 2, 2, 2]}, True, "3 + 3 against 2 + 2 + 2: greedy into the lighter half fails",
               note_zh="3 + 3 对 2 + 2 + 2：贪心地放进较轻的一半会失败")
    yield Case({"nums": [4, 3, 3, 2, 2, 2]}, True, "4 + 2 + 2 = 8: greedy taking the largest that fits stops at 7",
               note_zh="4 + 2 + 2 = 8：贪心地取能放下的最大数会停在 7")
    yield Case({"nums": [2, 2, 3, 5]}, False, "even total, no number above half, still no split",
               note_zh="总和为偶数，也没有数超过一半，仍然分不了")
    yield Case({"nums": [2, 3, 4, 5]}, True, "2 + 5 = 3 + 4, but no prefix of the sorted numbers sums to 7",
               note_zh="2 + 5 = 3 + 4，但排序后没有哪个前缀的和是 7")
    yield Case({"nums": [1, 2, 5, 2]}, True, "{5} against {1,2,2}: not a prefix in the given order",
               note_zh="{5} 对 {1,2,2}：按给定顺序不是前缀")
    yield Case({"nums": [10, 2, 2, 2]}, False, "a number above half", note_zh="有一个数超过一半")
    yield Case({"nums": [V_MAX] * N_MAX}, True, "max: 200 numbers of 100", note_zh="最大：200 个 100")
    yield Case({"nums": [1] * N_MAX}, True, "max: 200 ones", note_zh="最大：200 个 1")
    yield Case({"nums": [1] * (N_MAX - 1)}, False, "199 ones: odd total", note_zh="199 个 1：总和为奇数")
    yield Case({"nums": [V_MAX] + [1] * 98}, False, "a 100 above half of 198", note_zh="198 的一半小于 100")
    yield Case({"nums": [V_MAX] * (N_MAX - 1) + [2]}, False,
               "max: 199 hundreds and a 2, half 9951 is odd: every subset must be ruled out",
               note_zh="最大：199 个 100 和一个 2，一半 9951 是奇数：每个子集都要排除")
    nums = [4 * rng.randint(1, V_MAX // 4) for _ in range(N_MAX)]
    while sum(nums) % 8 != 4:
        nums[rng.randrange(N_MAX)] = 4 * rng.randint(1, V_MAX // 4)
    yield Case({"nums": nums}, False, "max: 200 random multiples of 4, half = 2 (mod 4): false",
               note_zh="最大：200 个随机的 4 的倍数，一半模 4 余 2：false")
    for _ in range(2):
        nums = [rng.randint(1, V_MAX) for _ in range(N_MAX)]
        if sum(nums) % 2:
            nums[0] += 1 if nums[0] < V_MAX else -1
        yield Case({"nums": nums}, note="max: 200 random numbers, even total", note_zh="最大：200 个随机数，总和为偶数")
    nums = [rng.randint(1, V_MAX) for _ in range(N_MAX)]
    yield Case({"nums": nums}, note="max: 200 random numbers", note_zh="最大：200 个随机数")
    nums = [rng.randint(50, V_MAX) for _ in range(N_MAX - 1)]
    nums.append(sum(nums) % 2 + 2)
    yield Case({"nums": nums}, note="max: 199 random numbers of 50 to 100 and a small one, even total",
               note_zh="最大：199 个 50 到 100 的随机数和一个小数，总和为偶数")
    for _ in range(4):
        n = rng.randint(3, 16)
        yield Case({"nums": [rng.randint(1, 12) for _ in range(n)]}, note="a few small numbers",
                   note_zh="少量较小的数")
    # True, but the half is 95a + 96b + 100c (+ 4) for only a narrow set of counts: a greedy fill stops a few
    # short of it whatever the order (restarted from every position, or over thousands of random shuffles).
    for nums, note, note_zh in (
            ([4] + [95] * 26 + [96] * 37 + [100] * 28, "92 numbers of 95, 96 and 100 and a 4: true, but a greedy "
             "fill in any order (restarted, or shuffled thousands of times) stops just short of the half 4413",
             "92 个 95、96、100 和一个 4：true，但无论按什么顺序贪心填充（换起点重来，或随机打乱上千次）都会停在一半 4413 之前"),
            ([72] + [96] * 66 + [98] * 64 + [99] * 66, "max: 197 numbers of 96, 98 and 99 and a 72: true, but a "
             "greedy fill in any order stops just short of the half",
             "最大：197 个 96、98、99 和一个 72：true，但无论按什么顺序贪心填充都会停在一半之前")):
        rng.shuffle(nums)
        yield Case({"nums": nums}, True, note, note_zh=note_zh)


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 200"
    assert all(type(x) is int and 1 <= x <= V_MAX for x in nums), "1 <= nums[i] <= 100"


SIZES = (25, 50, 100, N_MAX)  # for `compare`: the length of nums


def sized_input(rng, n):
    """Random numbers of 1 to 100 with an even total: the table of sums grows with n too."""
    nums = [rng.randint(1, V_MAX) for _ in range(n)]
    if sum(nums) % 2:
        nums[0] += 1 if nums[0] < V_MAX else -1
    return {"nums": nums}
