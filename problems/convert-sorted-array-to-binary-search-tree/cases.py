"""Hidden tests for convert-sorted-array-to-binary-search-tree (any height-balanced BST of the values is accepted):
one and two values, three (sorted values filled in level order are not a BST), lengths 4 to 7 around a perfect
tree (a tree balanced at the root alone, with chains below it, fails at 7), lengths 2^k - 1 and 2^k, negative and
extreme values, and at the maximum of 10^4 values the whole range of consecutive values, random gaps, and lengths
8191 and 8192 (inserting in sorted order builds a chain; slicing off one value too many loses one)."""

from harness.catalogue.cases import Case

N_MAX = 10**4
V_MAX = 10**4


def spread(rng, n):
    return sorted(rng.sample(range(-V_MAX, V_MAX + 1), n))


def hidden_cases(rng):
    yield Case({"nums": [0]}, note="one value: a single node", note_zh="只有一个值：单个节点")
    yield Case({"nums": [-1, 1]}, note="two values: either may be the root", note_zh="两个值：哪一个当根都可以")
    yield Case({"nums": [1, 2, 3]}, note="three values: the middle is the root (the sorted values filled in level "
               "order put 1 at the root, not a BST)", note_zh="三个值：中间的当根（把有序的值按层依次填入会让 1 "
                                                           "当根，不是二叉搜索树）")
    for n in (4, 5, 6, 7):
        yield Case({"nums": list(range(1, n + 1))}, note=f"{n} values" + (": a root with chains of 3 on each side is "
                   "balanced at the root only" if n == 7 else ""),
                   note_zh=f"{n} 个值" + ("：根节点两侧各挂一条 3 个节点的链，只有根节点是平衡的" if n == 7 else ""))
    yield Case({"nums": list(range(-15, 0))}, note="15 negative values: a perfect tree of 4 levels",
               note_zh="15 个负数：4 层的满二叉树")
    yield Case({"nums": list(range(16))}, note="16 values: one more than a perfect tree", note_zh="16 个值：比满二叉树多一个")
    yield Case({"nums": [-V_MAX, V_MAX]}, note="the extreme values -10^4 and 10^4", note_zh="取到极值 -10^4 和 10^4")
    yield Case({"nums": [-V_MAX, -1, 0, 1, V_MAX]}, note="extremes and zero", note_zh="极值和 0")
    yield Case({"nums": spread(rng, 100)}, note="100 values with random gaps", note_zh="100 个值，间隔随机")
    yield Case({"nums": list(range(-5000, 5000))}, note="max: 10^4 consecutive values (insertion in sorted order "
               "builds a chain of 10^4)", note_zh="最大：10^4 个连续的值（按有序的顺序插入会得到长度 10^4 的链）")
    yield Case({"nums": spread(rng, N_MAX)}, note="max: 10^4 values across -10^4 .. 10^4, random gaps",
               note_zh="最大：10^4 个值，分布在 -10^4 .. 10^4 之间，间隔随机")
    yield Case({"nums": spread(rng, 8191)}, note="max: 8191 values, a perfect tree of 13 levels",
               note_zh="最大：8191 个值，13 层的满二叉树")
    yield Case({"nums": spread(rng, 8192)}, note="max: 8192 values, one more than a perfect tree",
               note_zh="最大：8192 个值，比满二叉树多一个")
    for k in range(3):
        n = rng.randint(8, 60)
        yield Case({"nums": spread(rng, n)}, note=f"{n} random values ({k + 1} of 3)",
                   note_zh=f"{n} 个随机的值（第 {k + 1} 个，共 3 个）")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    nums = given["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= N_MAX, "1 <= nums.length <= 10^4"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in nums), "-10^4 <= nums[i] <= 10^4"
    assert all(a < b for a, b in zip(nums, nums[1:])), "nums is sorted in strictly increasing order"


SIZES = (1250, 2500, 5000, N_MAX)  # for `compare`: the length of nums, doubling up to the maximum


def sized_input(rng, n):
    return {"nums": spread(rng, n)}
