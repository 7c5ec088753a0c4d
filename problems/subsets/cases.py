"""Hidden tests for subsets: every length from 1 to 10, small ones with pinned answers; negative numbers and the
extremes, unsorted input, the maximum 2^10 = 1024 subsets, then lengths again in a shuffled order, so that an
answer must not depend on earlier calls (a result list kept on the class)."""

from itertools import combinations

from harness.catalogue.cases import Case

N_MAX = 10
V_MAX = 10


def every(nums):
    """The pinned answer: all the subsets, by the standard library (the grader checks the reference agrees)."""
    return [list(c) for k in range(len(nums) + 1) for c in combinations(nums, k)]


def distinct(rng, n):
    return rng.sample(range(-V_MAX, V_MAX + 1), n)


def hidden_cases(rng):
    yield Case({"nums": [7]}, [[], [7]], "one number: the empty subset and itself", note_zh="只有一个数：空子集和它自己")
    yield Case({"nums": [-10]}, [[], [-10]], "one number, the minimum -10", note_zh="只有一个数，最小值 -10")
    yield Case({"nums": [10, -10]}, [[], [10], [-10], [10, -10]], "two numbers, the extremes",
               note_zh="两个数，两个极值")
    yield Case({"nums": [3, 1, 2]}, every([3, 1, 2]), "three numbers, unsorted: [3, 2] is a subset (not contiguous)",
               note_zh="三个数，无序：[3, 2] 是一个子集（不连续）")
    yield Case({"nums": [-1, -2, -3]}, every([-1, -2, -3]), "three negatives", note_zh="三个负数")
    yield Case({"nums": [0, 5, -5, 9]}, every([0, 5, -5, 9]), "four numbers with zero: 16 subsets",
               note_zh="四个数，包含零：16 个子集")
    yield Case({"nums": list(range(1, 11))}, every(list(range(1, 11))), "max: 1 to 10, 1024 subsets",
               note_zh="最大：1 到 10，共 1024 个子集")
    yield Case({"nums": [10, 9, 8, 7, 6, -6, -7, -8, -9, -10]}, note="max: ten numbers at the extremes, descending",
               note_zh="最大：十个处于极值附近的数，降序")
    for n in (5, 7, 9, N_MAX, N_MAX):
        yield Case({"nums": distinct(rng, n)}, note=f"{'max: ' if n == N_MAX else ''}{n} random distinct numbers",
                   note_zh=f"{'最大：' if n == N_MAX else ''}{n} 个随机的互不相同的数")
    again = list(range(1, N_MAX + 1))
    rng.shuffle(again)
    for n in again:
        yield Case({"nums": distinct(rng, n)}, note=f"{n} numbers again, after other calls: no state may carry over",
                   note_zh=f"再测 {n} 个数，前面已有其他调用：不能有状态残留")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 10"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-10 <= nums[i] <= 10"
    assert len(set(nums)) == len(nums), "all the numbers of nums are distinct"


SIZES = (4, 6, 8, N_MAX)  # for `compare`: the length of nums; the answer grows as 2^n


def sized_input(rng, n):
    return {"nums": distinct(rng, n)}
