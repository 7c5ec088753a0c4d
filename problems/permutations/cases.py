"""Hidden tests for permutations: every length from 1 to 6, small ones with pinned answers; negative numbers and
the extremes -10 and 10 (a `used` array indexed by value breaks on them), unsorted input, then the lengths again in
a shuffled order, so that an answer must not depend on earlier calls (a result list kept on the class)."""

from itertools import permutations

from harness.catalogue.cases import Case

N_MAX = 6
V_MAX = 10


def every(nums):
    """The pinned answer: all the permutations, by the standard library (the grader checks the reference agrees)."""
    return [list(p) for p in permutations(nums)]


def distinct(rng, n):
    return rng.sample(range(-V_MAX, V_MAX + 1), n)


def hidden_cases(rng):
    yield Case({"nums": [5]}, [[5]], "one number", note_zh="只有一个数")
    yield Case({"nums": [-10]}, [[-10]], "one number, the minimum -10", note_zh="只有一个数，最小值 -10")
    yield Case({"nums": [10, -10]}, [[10, -10], [-10, 10]], "two numbers, the extremes", note_zh="两个数，两个极值")
    yield Case({"nums": [0, -1]}, [[0, -1], [-1, 0]], "zero and a negative", note_zh="零和一个负数")
    yield Case({"nums": [3, 1, 2]}, every([3, 1, 2]), "three numbers, unsorted", note_zh="三个数，无序")
    yield Case({"nums": [-3, -2, -1]}, every([-3, -2, -1]), "three negatives", note_zh="三个负数")
    yield Case({"nums": [1, 2, 3, 4]}, every([1, 2, 3, 4]), "four numbers: 24 permutations",
               note_zh="四个数：24 个排列")
    yield Case({"nums": [7, -7, 0, 10, -10]}, every([7, -7, 0, 10, -10]), "five numbers around zero, the extremes among them",
               note_zh="五个数，围绕零，包括两个极值")
    yield Case({"nums": [1, 2, 3, 4, 5, 6]}, every([1, 2, 3, 4, 5, 6]), "max: 1 to 6, 720 permutations",
               note_zh="最大：1 到 6，共 720 个排列")
    yield Case({"nums": [10, 9, 8, -8, -9, -10]}, note="max: six numbers at the extremes, descending",
               note_zh="最大：六个处于极值附近的数，降序")
    for n in (4, 5, N_MAX, N_MAX):
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
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 6"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-10 <= nums[i] <= 10"
    assert len(set(nums)) == len(nums), "all the integers of nums are distinct"


SIZES = (3, 4, 5, N_MAX)  # for `compare`: the length of nums; the answer grows as n!


def sized_input(rng, n):
    return {"nums": distinct(rng, n)}
