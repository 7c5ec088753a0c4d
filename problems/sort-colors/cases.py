"""Hidden tests for sort-colors: one element of each colour; two elements ([1,0]: a loop while i < high never
looks at the last one); [2,1,2] and [1,2,0], where the value swapped in from the high end is a 2 or a 0 (which
advancing i after that swap skips); one colour only; two colours only; sorted and reversed; and maxima of 300:
random, alternating 2 and 0 (every swap with the high end fetches a 0), reversed, and blocks."""

from harness.catalogue.cases import Case

N_MAX = 300


def hidden_cases(rng):
    for colour in (0, 1, 2):
        yield Case({"nums": [colour]}, [colour], f"one element, {colour}", note_zh=f"只有一个元素 {colour}")
    yield Case({"nums": [1, 0]}, [0, 1], "two elements: the last one must be looked at too (i <= high)",
               note_zh="两个元素：最后一个也要检查（i <= high）")
    yield Case({"nums": [2, 0]}, [0, 2], "two elements, a 2 first", note_zh="两个元素，2 在前")
    yield Case({"nums": [2, 1, 2]}, [1, 2, 2], "the value swapped in from the high end is a 2: look at it again",
               note_zh="从末尾换过来的值是 2：要再检查一次")
    yield Case({"nums": [1, 2, 0]}, [0, 1, 2], "the value swapped in from the high end is a 0: look at it again",
               note_zh="从末尾换过来的值是 0：要再检查一次")
    yield Case({"nums": [0, 0, 0]}, [0, 0, 0], "all 0", note_zh="全是 0")
    yield Case({"nums": [1, 1, 1, 1]}, [1, 1, 1, 1], "all 1", note_zh="全是 1")
    yield Case({"nums": [2, 2, 2]}, [2, 2, 2], "all 2", note_zh="全是 2")
    yield Case({"nums": [2, 0, 2, 0, 0, 2]}, [0, 0, 0, 2, 2, 2], "no 1s", note_zh="没有 1")
    yield Case({"nums": [2, 1, 1, 2, 1]}, [1, 1, 1, 2, 2], "no 0s: the 1s and 2s must still be sorted",
               note_zh="没有 0：1 和 2 仍然要排好")
    yield Case({"nums": [1, 0, 1, 0]}, [0, 0, 1, 1], "no 2s", note_zh="没有 2")
    yield Case({"nums": [0, 1, 2]}, [0, 1, 2], "already sorted", note_zh="已经有序")
    yield Case({"nums": [2, 2, 1, 1, 0, 0]}, [0, 0, 1, 1, 2, 2], "reversed", note_zh="逆序")
    yield Case({"nums": [0, 2, 1, 2, 0, 1, 0]}, [0, 0, 0, 1, 1, 2, 2], "counts 3, 2, 2: slices must use running "
               "totals", note_zh="个数为 3、2、2：切片边界要用累计和")
    nums = [rng.randint(0, 2) for _ in range(N_MAX)]
    yield Case({"nums": nums}, sorted(nums), "max: n = 300, random", note_zh="最大：n = 300，随机")
    yield Case({"nums": [2, 0] * (N_MAX // 2)}, [0] * 150 + [2] * 150,
               "max: 2, 0 alternating: every swap with the high end fetches a 0",
               note_zh="最大规模：2、0 交替：每次和末尾交换都会换来一个 0")
    yield Case({"nums": [2] * 100 + [1] * 100 + [0] * 100}, [0] * 100 + [1] * 100 + [2] * 100,
               "max: reversed blocks", note_zh="最大规模：逆序的三段")
    nums = [rng.choice([1, 2]) for _ in range(N_MAX - 1)] + [0]
    yield Case({"nums": nums}, sorted(nums), "max: 1s and 2s, one 0 at the very end",
               note_zh="最大规模：1 和 2，最末尾有一个 0")
    nums = [rng.choice([0, 2, 2]) for _ in range(N_MAX)]
    yield Case({"nums": nums}, sorted(nums), "max: random 0s and 2s", note_zh="最大规模：随机的 0 和 2")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= n <= 300"
    assert all(type(x) is int and x in (0, 1, 2) for x in nums), "nums[i] is 0, 1 or 2"


SIZES = (20, 40, 75, 150, N_MAX)  # for `compare`: the length of nums, roughly doubling up to the maximum


def sized_input(rng, n):
    """Random colours: every approach looks at every element."""
    return {"nums": [rng.randint(0, 2) for _ in range(n)]}
