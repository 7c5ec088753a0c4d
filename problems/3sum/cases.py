"""Hidden tests for 3sum: small cases with pinned answers aimed at each classic mistake (repeated triplets,
skipping the wrong duplicate and losing [-1,-1,2] or [0,0,0], deduplicating the input, stopping at 0, skipping
inner duplicates too early, unsorted triplets in a set, one element used twice), the extremes +-10^5, then seeded
cases at n = 3000: random values (distinct triplets by the ten thousand), heavy duplicates, all zeros, two values
only, all positive, and negatives against positives.
"""

from harness.catalogue.cases import Case

N_MAX = 3000
V_MAX = 10**5


def hidden_cases(rng):
    yield Case({"nums": [0, 0, 0, 0, 0]}, [[0, 0, 0]], "five zeros: [0,0,0] once", note_zh="五个 0：[0,0,0] 只出现一次")
    yield Case({"nums": [-1, -1, 2]}, [[-1, -1, 2]], "a triplet that uses a repeated value",
               note_zh="用到重复值的三元组")
    yield Case({"nums": [2, -1, 2, -1, -1]}, [[-1, -1, 2]], "repeated values, one triplet",
               note_zh="有重复值，只有一个三元组")
    yield Case({"nums": [1, 2, 3]}, [], "all positive: no triplet", note_zh="全为正数：没有三元组")
    yield Case({"nums": [-3, -2, -1]}, [], "all negative: no triplet", note_zh="全为负数：没有三元组")
    yield Case({"nums": [-2, 1, 5]}, [], "-2 + 1 + 1 would need the 1 twice", note_zh="-2 + 1 + 1 需要把 1 用两次")
    yield Case({"nums": [-2, 0, 1, 1, 2]}, [[-2, 0, 2], [-2, 1, 1]],
               "[-2,1,1]: lo and hi on equal values", note_zh="[-2,1,1]：lo 和 hi 指向相等的值")
    yield Case({"nums": [-4, -2, -2, -2, 0, 1, 2, 2, 2, 3, 3, 4, 4, 6, 6]},
               [[-4, -2, 6], [-4, 0, 4], [-4, 1, 3], [-4, 2, 2], [-2, -2, 4], [-2, 0, 2]],
               "many repeats on every side", note_zh="各处都有大量重复")
    yield Case({"nums": [3, 0, -2, -1, 1, 2]}, [[-2, -1, 3], [-2, 0, 2], [-1, 0, 1]], "unsorted input, three triplets",
               note_zh="输入未排序，共三个三元组")
    yield Case({"nums": [0, -1, 1, 0, 1, -1]}, [[-1, 0, 1]], "one triplet reachable from eight position triples",
               note_zh="一个三元组，可由八组位置得到")
    yield Case({"nums": [-V_MAX, V_MAX // 2, V_MAX // 2]}, [[-V_MAX, V_MAX // 2, V_MAX // 2]],
               "-10^5 balanced by two halves", note_zh="-10^5 由两个一半抵消")
    yield Case({"nums": [V_MAX, -V_MAX, 0, 0, V_MAX, -V_MAX]}, [[-V_MAX, 0, V_MAX]], "the extremes and zeros",
               note_zh="两个极值和 0")
    yield Case({"nums": [V_MAX, V_MAX, -V_MAX]}, [], "the extremes, no triplet", note_zh="两个极值，没有三元组")
    yield Case({"nums": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)]},
               note="max: n = 3000, random values over the whole range",
               note_zh="最大：n = 3000，随机值取遍整个范围")
    yield Case({"nums": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)]},
               note="max: n = 3000, random values over the whole range, again",
               note_zh="最大：n = 3000，随机值取遍整个范围，再来一组")
    yield Case({"nums": [rng.randint(-10**4, 10**4) for _ in range(N_MAX)]},
               note="max: n = 3000, values in [-10^4, 10^4]: over 10^5 triplets",
               note_zh="最大：n = 3000，值取自 [-10^4, 10^4]：超过 10^5 个三元组")
    yield Case({"nums": [rng.randint(-50, 50) for _ in range(N_MAX)]},
               note="max: n = 3000, values in [-50, 50]: every value repeated about 30 times",
               note_zh="最大：n = 3000，值取自 [-50, 50]：每个值重复约 30 次")
    yield Case({"nums": [0] * N_MAX}, [[0, 0, 0]], "max: 3000 zeros", note_zh="最大：3000 个 0")
    yield Case({"nums": shuffled(rng, [-1] * (N_MAX // 2) + [2] * (N_MAX // 2))}, [[-1, -1, 2]],
               "max: 1500 copies of -1 and of 2", note_zh="最大：-1 和 2 各 1500 个")
    yield Case({"nums": [rng.randint(1, V_MAX) for _ in range(N_MAX)]}, [], "max: 3000 positive values: no triplet",
               note_zh="最大：3000 个正数：没有三元组")
    negatives = [rng.randint(-V_MAX, -1) for _ in range(N_MAX // 3)]
    positives = [rng.randint(1, V_MAX // 2) for _ in range(N_MAX - N_MAX // 3)]
    yield Case({"nums": shuffled(rng, negatives + positives)},
               note="max: a third negative, two thirds positive up to 5 x 10^4, no zero",
               note_zh="最大：三分之一为负数，三分之二为不超过 5 x 10^4 的正数，没有 0")


def shuffled(rng, values):
    values = list(values)
    rng.shuffle(values)
    return values


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    nums = given["nums"]
    assert isinstance(nums, list) and 3 <= len(nums) <= N_MAX, "3 <= nums.length <= 3000"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-10^5 <= nums[i] <= 10^5"


SIZES = (375, 750, 1500, N_MAX)  # for `compare`: n, the length of nums


def sized_input(rng, n):
    """Random values over the whole range: every approach scans about n^2 / 2 pairs."""
    return {"nums": [rng.randint(-V_MAX, V_MAX) for _ in range(n)]}
