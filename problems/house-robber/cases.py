"""Hidden tests for house-robber: one house, two, plans that skip two houses in a row (which the even/odd sums
and a two-back-only table miss), a richest house that must be left alone (greedy), a last house that must be
left alone (dp[-1] of "house i robbed"), zeros, and 100 houses of up to 400.
"""

from harness.catalogue.cases import Case

N_MAX = 100
V_MAX = 400


def hidden_cases(rng):
    yield Case({"nums": [7]}, 7, "one house: nums[1] does not exist", note_zh="只有一间房子：nums[1] 不存在")
    yield Case({"nums": [0]}, 0, "one empty house", note_zh="只有一间空房子")
    yield Case({"nums": [2, 1]}, 2, "two houses, the first richer: the last house need not be robbed",
               note_zh="两间房子，第一间更有钱：最后一间不一定要偷")
    yield Case({"nums": [1, 2]}, 2, "two houses, the second richer", note_zh="两间房子，第二间更有钱")
    yield Case({"nums": [2, 3, 2]}, 4, "the richest house must be left alone: greedy answers 3",
               note_zh="最有钱的那间必须放弃：贪心得到 3")
    yield Case({"nums": [5, 1, 1, 5]}, 10, "skip two in a row: even/odd sums answer 6, dp[1] = nums[1] answers 6",
               note_zh="连续跳过两间：奇偶下标求和得到 6，dp[1] = nums[1] 得到 6")
    yield Case({"nums": [3, 1, 1, 3, 1, 1, 3]}, 9, "skip two in a row twice; looking back only two houses fails",
               note_zh="两次连续跳过两间；只往回看两间会出错")
    yield Case({"nums": [1, 3, 1, 3, 100]}, 103, "the last house is the prize", note_zh="最后一间最值钱")
    yield Case({"nums": [100, 3, 1, 3, 1]}, 103, "the first house is the prize; the last must be left",
               note_zh="第一间最值钱；最后一间必须放弃")
    yield Case({"nums": [7, 1, 1, 7, 1, 7]}, 21, "first and last both robbed: the circular rule of LC213 answers 15",
               note_zh="第一间和最后一间都要偷：LC213 的环形规则得到 15")
    yield Case({"nums": [0, 0, 0, 0]}, 0, "every house empty", note_zh="所有房子都是空的")
    yield Case({"nums": [6, 6, 6, 6, 6]}, 18, "all equal, odd length", note_zh="全部相等，长度为奇数")
    yield Case({"nums": [0, 400, 0, 0, 400, 0]}, 800, "zeros around two rich houses", note_zh="两间富户周围都是空房")
    yield Case({"nums": [V_MAX] * N_MAX}, 50 * V_MAX, "max: 100 houses of 400", note_zh="最大：100 间房子，每间 400")
    yield Case({"nums": [V_MAX, 0] * (N_MAX // 2)}, 50 * V_MAX, "max: 100 houses, 400 and 0 alternating",
               note_zh="最大：100 间房子，400 与 0 交替")
    yield Case({"nums": [1, 0, 0] * 33 + [1]}, 34, "max: 100 houses, every third robbed: the best skips two each time",
               note_zh="最大：100 间房子，每三间偷一间：最优方案每次都跳过两间")
    pairs = []
    for _ in range(N_MAX // 4):
        pairs += [rng.randint(300, V_MAX), rng.randint(0, 50), rng.randint(0, 50), rng.randint(300, V_MAX)]
    yield Case({"nums": pairs}, note="max: 100 houses, rich pairs around poor ones: even/odd sums and greedy fail",
               note_zh="最大：100 间房子，富户成对夹着穷户：奇偶求和和贪心都会出错")
    for _ in range(3):
        yield Case({"nums": [rng.randint(0, V_MAX) for _ in range(N_MAX)]}, note="max: 100 random houses",
                   note_zh="最大：100 间随机房子")
    for _ in range(3):
        n = rng.randint(3, 30)
        yield Case({"nums": [rng.randint(0, 10) for _ in range(n)]}, note="a short street of small amounts, ties",
                   note_zh="较短的街道，金额较小，有并列")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 100"
    assert all(type(x) is int and 0 <= x <= V_MAX for x in nums), "0 <= nums[i] <= 400"


SIZES = (12, 25, 50, N_MAX)  # for `compare`: the length of nums


def sized_input(rng, n):
    return {"nums": [rng.randint(0, V_MAX) for _ in range(n)]}
