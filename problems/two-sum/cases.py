"""Hidden tests for two-sum: edge cases with pinned answers, then seeded cases at the constraints' maxima.

The large cases keep "exactly one answer" by construction: every filler number is a multiple of 4 and the two
planted numbers are 1 and 2 (mod 4), so no other pair can reach a target that is 3 (mod 4).
"""

from harness.catalogue.cases import Case

N_MAX = 10_000
V_MAX = 10**9


def hidden_cases(rng):
    yield Case({"nums": [3, 2, 4], "target": 6}, [1, 2], "an element must not pair with itself")
    yield Case({"nums": [3, 3], "target": 6}, [0, 1], "two equal numbers")
    yield Case({"nums": [1, 5, 5, 2], "target": 10}, [1, 2], "duplicates that form the pair")
    yield Case({"nums": [5, 1, 5], "target": 10}, [0, 2], "equal values, not adjacent")
    yield Case({"nums": [-1, -2, -3, -4, -5], "target": -8}, [2, 4], "negative numbers")
    yield Case({"nums": [0, 4, 3, 0], "target": 0}, [0, 3], "zeros")
    yield Case({"nums": [-3, 4, 3, 90], "target": 0}, [0, 2], "a negative and a positive")
    yield Case({"nums": [V_MAX, -V_MAX], "target": 0}, [0, 1], "two elements, extreme values")
    yield Case({"nums": [V_MAX, 7, -V_MAX + 1], "target": 1}, [0, 2], "extreme values that cancel")
    yield Case({"nums": [2, 7, 11, 15], "target": 26}, [2, 3], "the pair at the end")
    yield Case({"nums": [1, 2], "target": 3}, [0, 1], "the smallest input")
    yield planted(rng, 0, N_MAX - 1, "n = 10^4, the pair at both ends")
    yield planted(rng, N_MAX - 2, N_MAX - 1, "n = 10^4, the pair at the very end")
    yield self_pair_trap(rng)
    yield sorted_descending()
    for _ in range(3):
        i, j = sorted(rng.sample(range(N_MAX), 2))
        yield planted(rng, i, j, "n = 10^4, random")


def filler(rng, n):
    """n distinct multiples of 4 within the value range."""
    return [4 * v for v in rng.sample(range(-V_MAX // 4 + 1, V_MAX // 4), n)]


def planted(rng, i, j, note):
    """A maximal case whose only pair sits at indices i < j."""
    nums = filler(rng, N_MAX)
    nums[i] = 4 * rng.randrange(-V_MAX // 8, V_MAX // 8) + 1
    nums[j] = 4 * rng.randrange(-V_MAX // 8, V_MAX // 8) + 2
    return Case({"nums": nums, "target": nums[i] + nums[j]}, [i, j], note)


def self_pair_trap(rng):
    """target = 2 x nums[0]: a map built before the lookups answers [0, 0]."""
    nums = filler(rng, N_MAX)
    a = 4 * rng.randrange(1, V_MAX // 16) + 1
    b = a + 8  # also 1 (mod 4): a + b = 2 (mod 4), and only a + b reaches it
    nums[0], nums[-2], nums[-1] = (a + b) // 2, a, b
    return Case({"nums": nums, "target": a + b}, [N_MAX - 2, N_MAX - 1], "target is twice nums[0]; the pair is at the end")


def sorted_descending():
    """Even numbers descending and a single odd one: only the first and the last add up to the odd target."""
    nums = list(range(2 * N_MAX, 0, -2))
    nums[-1] = 1
    return Case({"nums": nums, "target": nums[0] + 1}, [0, N_MAX - 1], "sorted descending, the pair at the ends")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    nums, target = given["nums"], given["target"]
    assert 2 <= len(nums) <= N_MAX
    assert all(-V_MAX <= x <= V_MAX for x in nums) and -V_MAX <= target <= V_MAX
    index = {}
    answers = 0
    for x in nums:
        answers += index.get(target - x, 0)
        index[x] = index.get(x, 0) + 1
    assert answers == 1, f"{answers} answers"


SIZES = (625, 1250, 2500, 5000, 10_000)  # for `compare`: n, the length of nums


def sized_input(rng, n):
    """The pair at the very end: every approach has to look at (nearly) everything."""
    nums = filler(rng, n)
    nums[-2] = 4 * rng.randrange(-V_MAX // 8, V_MAX // 8) + 1
    nums[-1] = 4 * rng.randrange(-V_MAX // 8, V_MAX // 8) + 2
    return {"nums": nums, "target": nums[-2] + nums[-1]}
