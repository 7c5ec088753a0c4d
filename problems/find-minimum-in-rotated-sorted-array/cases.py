"""Hidden tests for find-minimum-in-rotated-sorted-array: one value; two values both ways; every rotation of three
values; rotations by 1, n - 1 (the minimum at the last index: a scan for the drop that stops one short, a pivot
check reading nums[mid + 1]) and n (plain sorted: a search that compares with nums[lo], or that looks for a drop
and finds none); the minimum exactly at the first probe and just beside it (hi = mid - 1 steps over it); negative
values and the extremes -5000 and 5000; then arrays of 5000 distinct random values (and 4999) rotated by n, 1,
n - 1, about n / 2 and a random amount. The answer is a value, never an index (values are not 0..n-1)."""

from harness.catalogue.cases import Case

N_MAX = 5000
V_MAX = 5000


def rotated(values, k):
    """`values` (sorted) rotated k times to the right, as LeetCode rotates: the minimum ends at index k mod n."""
    n = len(values)
    k %= n
    return values[n - k:] + values[:n - k]


def distinct_sorted(rng, n):
    return sorted(rng.sample(range(-V_MAX, V_MAX + 1), n))


def hidden_cases(rng):
    yield Case({"nums": [7]}, 7, "one value", note_zh="只有一个值")
    yield Case({"nums": [2, 1]}, 1, "two values, rotated once: the minimum at the last index",
               note_zh="两个值，旋转一次：最小值在最后一个下标")
    yield Case({"nums": [1, 2]}, 1, "two values, rotated twice: sorted", note_zh="两个值，旋转两次：有序")
    yield Case({"nums": [3, 1, 2]}, 1, "three values rotated once: the minimum at index 1, the first probe",
               note_zh="三个值旋转一次：最小值在下标 1，正是第一次探查的位置")
    yield Case({"nums": [2, 3, 1]}, 1, "three values rotated twice: the minimum at the last index",
               note_zh="三个值旋转两次：最小值在最后一个下标")
    yield Case({"nums": [1, 2, 3]}, 1, "three values rotated three times: sorted", note_zh="三个值旋转三次：有序")
    yield Case({"nums": [9, 12, 15, 18, 21, 24, 3]}, 3, "rotated n - 1 times: the minimum at the last index",
               note_zh="旋转 n - 1 次：最小值在最后一个下标")
    yield Case({"nums": [24, 3, 9, 12, 15, 18, 21]}, 3, "rotated once: the minimum at index 1",
               note_zh="旋转一次：最小值在下标 1")
    yield Case({"nums": [3, 9, 12, 15, 18, 21, 24]}, 3, "rotated n times: sorted, the minimum at index 0",
               note_zh="旋转 n 次：有序，最小值在下标 0")
    yield Case({"nums": [15, 18, 21, 3, 9, 12]}, 3, "the minimum at index n / 2, the first probe of lo + hi rounded up",
               note_zh="最小值在下标 n / 2，即向上取整时的第一次探查位置")
    yield Case({"nums": [18, 21, 24, 3, 9, 12, 15]}, 3, "the minimum exactly at the middle index",
               note_zh="最小值恰好在中间下标")
    yield Case({"nums": [12, 15, 18, 21, 24, 3, 9]}, 3, "the minimum right of the middle, just before the end",
               note_zh="最小值在中点右侧，靠近末尾")
    yield Case({"nums": [21, 24, 27, 3, 9, 12, 15, 18]}, 3, "the minimum left of the middle of an even length",
               note_zh="偶数长度，最小值在中点左侧")
    yield Case({"nums": [-1, 4, -5000, -9]}, -5000, "negative values and -5000", note_zh="负数以及 -5000")
    yield Case({"nums": [5000, -5000]}, -5000, "the extremes: 5000 then -5000", note_zh="极值：5000 之后是 -5000")
    yield Case({"nums": [-4, -3, 5000, -10]}, -10, "negative minimum at the last index, 5000 before it",
               note_zh="负的最小值在最后一个下标，它前面是 5000")
    for n in (N_MAX, N_MAX - 1):
        values = distinct_sorted(rng, n)
        for k, what, what_zh in ((n, "rotated n times: sorted", "旋转 n 次：有序"),
                                 (1, "rotated once", "旋转一次"),
                                 (n - 1, "rotated n - 1 times: the minimum at the last index",
                                  "旋转 n - 1 次：最小值在最后一个下标"),
                                 (n // 2, "the minimum at the middle index", "最小值在中间下标"),
                                 (rng.randrange(2, n - 1), "rotated a random amount", "随机旋转")):
            yield Case({"nums": rotated(values, k)}, values[0], f"max: n = {n}, {what} (k = {k})",
                       note_zh=f"最大：n = {n}，{what_zh}（k = {k}）")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= n <= 5000"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-5000 <= nums[i] <= 5000"
    assert len(set(nums)) == len(nums), "all the values are distinct"
    drops = sum(a > b for a, b in zip(nums, nums[1:]))
    assert drops == 0 or (drops == 1 and nums[-1] < nums[0]), "nums is a sorted array rotated 1 to n times"


SIZES = (625, 1250, 2500, N_MAX)  # for `compare`: the length of nums, doubling up to the maximum


def sized_input(rng, n):
    """n distinct values rotated so that the minimum is at index 2n/3: a scan for the drop walks 2n/3 values, the
    binary search about log2(n) steps."""
    return {"nums": rotated(distinct_sorted(rng, n), 2 * n // 3)}
