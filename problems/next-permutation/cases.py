"""Hidden tests for next-permutation (judged on nums as the call leaves it): one number; two; the last
permutation, which wraps to the first (a missing wrap leaves it); duplicates at the pivot (`[2,2,1]`, `[1,1]`) and
at the successor (`[1,5,1]`), which non-strict comparisons get wrong; `[1,3,2]`, where the first larger number is
not the smallest one and the suffix must be reversed after the swap; `[2,3,1]`, where swapping with the last
number is wrong; and 100 numbers: ascending, descending, all equal, a pivot at index 0, random with duplicates.
"""

from harness.catalogue.cases import Case

N_MAX = 100
V_MAX = 100


def hidden_cases(rng):
    yield Case({"nums": [7]}, [7], "one number: it is its own next permutation", note_zh="只有一个数：它的下一个排列就是它自己")
    yield Case({"nums": [1, 2]}, [2, 1], "two numbers, ascending", note_zh="两个数，升序")
    yield Case({"nums": [2, 1]}, [1, 2], "two numbers, descending: the last permutation wraps to the first",
               note_zh="两个数，降序：最后一个排列回到第一个")
    yield Case({"nums": [1, 1]}, [1, 1], "two equal numbers: no pivot (a `<=` finds one)",
               note_zh="两个相等的数：没有转折点（用 `<=` 会找到一个）")
    yield Case({"nums": [3, 2, 1]}, [1, 2, 3], "the last permutation: reverse it all", note_zh="最后一个排列：整体反转")
    yield Case({"nums": [1, 3, 2]}, [2, 1, 3], "swap with the smallest larger number (2, not 3), then reverse the suffix",
               note_zh="和比它大的最小的数交换（2，不是 3），再反转后缀")
    yield Case({"nums": [2, 3, 1]}, [3, 1, 2], "the successor is not the last number", note_zh="要交换的数不是最后一个数")
    yield Case({"nums": [1, 5, 1]}, [5, 1, 1], "the last 1 equals the pivot: the successor must be strictly larger",
               note_zh="最后的 1 等于转折点：要交换的数必须严格更大")
    yield Case({"nums": [2, 2, 1]}, [1, 2, 2], "equal numbers before a drop: a `<=` pivot test finds a false pivot",
               note_zh="下降之前有相等的数：用 `<=` 判断转折点会找到假的转折点")
    yield Case({"nums": [1, 2, 2]}, [2, 1, 2], "duplicates in the suffix", note_zh="后缀中有重复值")
    yield Case({"nums": [5, 1, 1]}, [1, 1, 5], "the last arrangement of a multiset", note_zh="多重集合的最后一个排列")
    yield Case({"nums": [1, 4, 3, 2]}, [2, 1, 3, 4], "a suffix of three to reverse", note_zh="要反转的后缀有三个数")
    yield Case({"nums": [0, 0, 0]}, [0, 0, 0], "all zeros", note_zh="全是 0")
    yield Case({"nums": [0, 100]}, [100, 0], "the extreme values", note_zh="极值")
    yield Case({"nums": [4, 2, 0, 2, 3, 2, 0]}, [4, 2, 0, 3, 0, 2, 2], "a pivot in the middle, duplicates around it",
               note_zh="转折点在中间，周围有重复值")
    yield Case({"nums": list(range(N_MAX))}, list(range(N_MAX - 2)) + [N_MAX - 1, N_MAX - 2],
               "max: 0 to 99 ascending: only the last two swap", note_zh="最大：0 到 99 升序：只交换最后两个")
    yield Case({"nums": list(range(N_MAX, 0, -1))}, list(range(1, N_MAX + 1)),
               "max: 100 down to 1: the last permutation", note_zh="最大：100 到 1 降序：最后一个排列")
    yield Case({"nums": [V_MAX] * N_MAX}, [V_MAX] * N_MAX, "max: 100 equal numbers", note_zh="最大：100 个相等的数")
    yield Case({"nums": [0] + list(range(N_MAX - 1, 0, -1))}, [1] + [0] + list(range(2, N_MAX)),
               "max: the pivot at index 0, a suffix of 99 to reverse", note_zh="最大：转折点在下标 0，要反转的后缀有 99 个数")
    yield Case({"nums": [50] + [V_MAX] * 49 + [50] * 50},
               note="max: equal numbers after the pivot, and equal to it", note_zh="最大：转折点之后有很多相等的数，也有与它相等的数")
    for high in (V_MAX, 3):
        yield Case({"nums": [rng.randint(0, high) for _ in range(N_MAX)]}, note=f"max: 100 random numbers up to {high}",
                   note_zh=f"最大：100 个不超过 {high} 的随机数")
    tail = sorted((rng.randint(0, V_MAX) for _ in range(60)), reverse=True)
    yield Case({"nums": [rng.randint(0, V_MAX) for _ in range(40)] + tail}, note="max: random, then a long "
               "descending suffix", note_zh="最大：随机数，后接一段很长的降序后缀")
    for _ in range(3):
        yield Case({"nums": [rng.randint(0, 4) for _ in range(rng.randint(3, 10))]}, note="a few small numbers",
                   note_zh="少量较小的数")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 100"
    assert all(type(x) is int and 0 <= x <= V_MAX for x in nums), "0 <= nums[i] <= 100"


SIZES = (12, 25, 50, N_MAX)  # for `compare`: the length of nums


def sized_input(rng, n):
    """The pivot at index 0 and a descending suffix: the search and the reversal both walk the whole array."""
    return {"nums": [0] + list(range(n - 1, 0, -1))}
