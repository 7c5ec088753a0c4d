"""Hidden tests for sort-list: the empty list, one and two nodes (where a middle found with `fast = head` recurses
for ever), duplicates, negatives and the extreme values, lists sorted but for one late node (a shortcut that
checks only the first nodes' order is caught), multi-digit values (a sort by text is caught), and 5 * 10^4
nodes random, already sorted, reversed, all equal and few distinct, which an O(n^2) insertion sort does not finish."""

from harness.catalogue.cases import Case

N_MAX = 5 * 10**4
V_MAX = 10**5


def values(rng, n, v=V_MAX):
    return [rng.randint(-v, v) for _ in range(n)]


def hidden_cases(rng):
    yield Case({"head": []}, [], "empty list", note_zh="空链表")
    yield Case({"head": [1]}, [1], "one node", note_zh="只有一个节点")
    yield Case({"head": [2, 1]}, [1, 2], "two nodes: the split must make two halves of one",
               note_zh="两个节点：必须分成各一个节点的两半")
    yield Case({"head": [1, 2]}, [1, 2], "two nodes already sorted", note_zh="两个节点，已经有序")
    yield Case({"head": [3, 1, 3, 2, 1]}, [1, 1, 2, 3, 3], "duplicates are all kept", note_zh="重复的值都要保留")
    yield Case({"head": [-1, 5, 3, 4, 0]}, [-1, 0, 3, 4, 5], "a negative value", note_zh="含负数")
    yield Case({"head": [100000, -100000, 0, -99999, 99999]}, [-100000, -99999, 0, 99999, 100000],
               "the extreme values", note_zh="取到极值")
    yield Case({"head": [10, 9, 100, -2, -10, 1]}, [-10, -2, 1, 9, 10, 100],
               "values of several digits: a sort by their text is wrong", note_zh="多位数：按文本排序是错的")
    yield Case({"head": [6, 5, 4, 3, 2, 1, 0]}, [0, 1, 2, 3, 4, 5, 6], "descending, odd length",
               note_zh="降序，长度为奇数")
    yield Case({"head": values(rng, 13)}, note="thirteen random values", note_zh="十三个随机值")
    near = sorted(rng.randint(1 - V_MAX, V_MAX) for _ in range(299))
    yield Case({"head": near + [-V_MAX]},
               note="300 nodes sorted but for the last, the smallest: a check of the first nodes' order is not enough",
               note_zh="300 个节点，除最后一个（最小值）外都有序：只检查前面几个节点是否有序是不够的")
    near = sorted(set(values(rng, 400)))[:301]
    near[200], near[201] = near[201], near[200]
    yield Case({"head": near}, note="301 distinct nodes sorted but for two neighbours swapped near the end",
               note_zh="301 个互不相同的节点，只有靠后的两个相邻节点对调了")
    yield Case({"head": values(rng, N_MAX)}, note="max: 5 * 10^4 random nodes", note_zh="最大：5 * 10^4 个随机节点")
    yield Case({"head": values(rng, N_MAX - 1)}, note="max: 5 * 10^4 - 1 random nodes (odd length)",
               note_zh="最大：5 * 10^4 - 1 个随机节点（长度为奇数）")
    yield Case({"head": sorted(values(rng, N_MAX))}, note="max: 5 * 10^4 nodes already sorted",
               note_zh="最大：5 * 10^4 个节点，已经有序")
    yield Case({"head": sorted(rng.randint(1 - V_MAX, V_MAX) for _ in range(N_MAX - 1)) + [-V_MAX]},
               note="max: 5 * 10^4 nodes sorted but for the last, the smallest",
               note_zh="最大：5 * 10^4 个节点，除最后一个（最小值）外都有序")
    yield Case({"head": sorted(values(rng, N_MAX), reverse=True)}, note="max: 5 * 10^4 nodes in descending order",
               note_zh="最大：5 * 10^4 个节点，降序")
    yield Case({"head": values(rng, N_MAX, 3)}, note="max: 5 * 10^4 nodes, values in -3..3 (many duplicates)",
               note_zh="最大：5 * 10^4 个节点，取值在 -3..3（大量重复）")
    yield Case({"head": [7] * N_MAX}, note="max: 5 * 10^4 equal values", note_zh="最大：5 * 10^4 个相等的值")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    head = given["head"]
    assert isinstance(head, list) and len(head) <= N_MAX, "the number of nodes is in [0, 5 * 10^4]"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in head), "-10^5 <= Node.val <= 10^5"


SIZES = (6250, 12500, 25000, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return {"head": values(rng, n)}
