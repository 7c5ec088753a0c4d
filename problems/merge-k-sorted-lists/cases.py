"""Hidden tests for merge-k-sorted-lists: no lists, one empty list, only empty lists, empty lists among others
(the first two of them too), one list, duplicates within a list, equal heads (a heap of `(val, node)` compares the
nodes and raises), duplicates, negatives and the extreme values, and the maxima: 10^4 lists of one node (merging
them one after another is O(k N), 5 * 10^7 steps when they ascend), 20 lists of 500 nodes, and 10^4 lists with nodes
spread unevenly among empty ones."""

from harness.catalogue.cases import Case

K_MAX = 10**4
LEN_MAX = 500
TOTAL_MAX = 10**4
V_MAX = 10**4


def sorted_values(rng, n, v=V_MAX):
    return sorted(rng.randint(-v, v) for _ in range(n))


def hidden_cases(rng):
    yield Case({"lists": []}, [], "no lists at all", note_zh="一个链表都没有")
    yield Case({"lists": [[]]}, [], "one empty list", note_zh="只有一个空链表")
    yield Case({"lists": [[], [], []]}, [], "only empty lists", note_zh="全是空链表")
    yield Case({"lists": [[], [1, 2], [], [0, 3], []]}, [0, 1, 2, 3], "empty lists among the others, one first",
               note_zh="空链表夹在其他链表之间，第一个就是空的")
    yield Case({"lists": [[], [], [4], [], [-1, 2]]}, [-1, 2, 4],
               "the first two lists empty, not all: a check of the first lists alone gives up too soon",
               note_zh="前两个链表为空，但并非全空：只看前几个链表就放弃是错的")
    yield Case({"lists": [[1, 1, 2, 2], [2, 2, 3]]}, [1, 1, 2, 2, 2, 2, 3],
               "equal values inside one list: every one kept", note_zh="同一个链表内有相等的值：每一个都要保留")
    yield Case({"lists": [[1, 4, 5], [1, 3, 4], [2, 6]]}, [1, 1, 2, 3, 4, 4, 5, 6],
               "equal heads: a heap of (val, node) compares two nodes", note_zh="头节点的值相等：(val, node) 的堆会比较两个节点")
    yield Case({"lists": [[5], [5], [5], [5]]}, [5, 5, 5, 5], "all values equal, every one kept",
               note_zh="所有值都相等，每一个都要保留")
    yield Case({"lists": [[-3, 7]]}, [-3, 7], "one list", note_zh="只有一个链表")
    yield Case({"lists": [[1, 2, 3], [4, 5, 6], [7, 8]]}, [1, 2, 3, 4, 5, 6, 7, 8],
               "each list wholly after the one before (an odd number of lists)",
               note_zh="每个链表都整体排在前一个之后（链表个数为奇数）")
    yield Case({"lists": [[-10000, 10000], [-10000, 0], [10000]]}, [-10000, -10000, 0, 10000, 10000],
               "the extreme values", note_zh="取到极值")
    yield Case({"lists": [[2], [1]]}, [1, 2], "two lists of one node, the second smaller", note_zh="两个单节点链表，第二个更小")
    yield Case({"lists": [sorted_values(rng, rng.randint(0, 6), 9) for _ in range(7)]}, note="seven small random lists",
               note_zh="七个较短的随机链表")
    yield Case({"lists": [[v] for v in range(-5000, 5000)]}, note="max: 10^4 lists of one node, ascending",
               note_zh="最大：10^4 个单节点链表，升序")
    yield Case({"lists": [[rng.randint(-V_MAX, V_MAX)] for _ in range(K_MAX)]},
               note="max: 10^4 lists of one random node", note_zh="最大：10^4 个单节点链表，值随机")
    yield Case({"lists": [[0] for _ in range(K_MAX)]}, note="max: 10^4 lists of one node, all equal",
               note_zh="最大：10^4 个单节点链表，值全相等")
    yield Case({"lists": [sorted_values(rng, LEN_MAX) for _ in range(TOTAL_MAX // LEN_MAX)]},
               note="max: 20 random lists of 500 nodes", note_zh="最大：20 个随机链表，每个 500 个节点")
    uneven = [[] for _ in range(K_MAX)]
    for _ in range(TOTAL_MAX):
        uneven[rng.randrange(K_MAX // 10) * 10].append(rng.randint(-V_MAX, V_MAX))
    yield Case({"lists": [sorted(values) for values in uneven]},
               note="max: 10^4 lists, 10^4 nodes in every tenth one, the rest empty",
               note_zh="最大：10^4 个链表，10^4 个节点都在每隔十个的链表里，其余为空")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    lists = given["lists"]
    assert isinstance(lists, list) and len(lists) <= K_MAX, "0 <= k <= 10^4"
    for values in lists:
        assert isinstance(values, list) and len(values) <= LEN_MAX, "0 <= lists[i].length <= 500"
        assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in values), "-10^4 <= lists[i][j] <= 10^4"
        assert all(a <= b for a, b in zip(values, values[1:])), "each lists[i] is sorted in ascending order"
    assert sum(map(len, lists)) <= TOTAL_MAX, "the total number of nodes is at most 10^4"


SIZES = (1250, 2500, 5000, K_MAX)  # for `compare`: the number of lists, one node each, doubling up to the maximum


def sized_input(rng, n):
    """n lists of one random node: every approach handles k = n lists of N = n nodes."""
    return {"lists": [[rng.randint(-V_MAX, V_MAX)] for _ in range(n)]}
