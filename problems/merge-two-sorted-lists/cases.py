"""Hidden tests for merge-two-sorted-lists: both lists empty, either one empty (the rest of the other must be hung
on whole), one node each, equal values across and within the lists (a merge that skips or dedupes on ties), one
list wholly before the other (the loop ends early and the rest must follow), interleaved lists, the extreme
values, and both lists at the maximum of 50 nodes."""

from harness.catalogue.cases import Case

N_MAX = 50
V_MAX = 100


def sorted_values(rng, n, low=-V_MAX, high=V_MAX):
    return sorted(rng.randint(low, high) for _ in range(n))


def hidden_cases(rng):
    yield Case({"list1": [], "list2": []}, [], "both lists empty", note_zh="两个链表都为空")
    yield Case({"list1": [], "list2": [0]}, [0], "the first list empty", note_zh="第一个链表为空")
    yield Case({"list1": [1, 2, 3], "list2": []}, [1, 2, 3], "the second list empty", note_zh="第二个链表为空")
    yield Case({"list1": [5], "list2": [5]}, [5, 5], "one node each, equal values: both are kept",
               note_zh="各一个节点，值相等：两个都要保留")
    yield Case({"list1": [2], "list2": [1]}, [1, 2], "one node each, the second smaller", note_zh="各一个节点，第二个更小")
    yield Case({"list1": [1, 1, 1], "list2": [1, 1]}, [1, 1, 1, 1, 1], "all values equal", note_zh="所有值都相等")
    yield Case({"list1": [1, 2, 3], "list2": [4, 5, 6]}, [1, 2, 3, 4, 5, 6],
               "the first list wholly before the second: the second is hung on whole",
               note_zh="第一个链表整体在第二个之前：第二个要整个接上")
    yield Case({"list1": [4, 5, 6], "list2": [1, 2, 3]}, [1, 2, 3, 4, 5, 6],
               "the second list wholly before the first", note_zh="第二个链表整体在第一个之前")
    yield Case({"list1": [1, 3, 5, 7], "list2": [2, 4, 6, 8, 10, 12]}, [1, 2, 3, 4, 5, 6, 7, 8, 10, 12],
               "interleaved, then the rest of the longer second list", note_zh="交错合并，然后接上更长的第二个链表的剩余部分")
    yield Case({"list1": [-100, 0, 100], "list2": [-100, 100]}, [-100, -100, 0, 100, 100],
               "the extreme values, each in both lists", note_zh="两个链表都包含极值")
    yield Case({"list1": [0, 0, 3], "list2": [0, 2, 3, 3]}, [0, 0, 0, 2, 3, 3, 3],
               "repeated values within and across the lists", note_zh="链表内和链表之间都有重复的值")
    yield Case({"list1": [-3, -1], "list2": [-2]}, [-3, -2, -1], "negative values", note_zh="负数")
    yield Case({"list1": sorted_values(rng, 7), "list2": sorted_values(rng, 4)}, note="small random lists",
               note_zh="较短的随机链表")
    yield Case({"list1": sorted_values(rng, N_MAX), "list2": sorted_values(rng, N_MAX)},
               note="max: 50 random nodes each", note_zh="最大：各 50 个随机节点")
    yield Case({"list1": sorted_values(rng, N_MAX, -5, 5), "list2": sorted_values(rng, N_MAX, -5, 5)},
               note="max: 50 nodes each, few distinct values (many ties)", note_zh="最大：各 50 个节点，取值很少（大量相等）")
    yield Case({"list1": list(range(-100, 100, 4)), "list2": list(range(-98, 100, 4))},
               note="max: 50 nodes each, perfectly alternating", note_zh="最大：各 50 个节点，严格交替")
    yield Case({"list1": [-100] * N_MAX, "list2": [100] * N_MAX}, note="max: the extremes, 50 of each",
               note_zh="最大：两个极值各 50 个")
    yield Case({"list1": sorted_values(rng, N_MAX), "list2": []}, note="max: 50 nodes and an empty list",
               note_zh="最大：50 个节点和一个空链表")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    for name in ("list1", "list2"):
        values = given[name]
        assert isinstance(values, list) and len(values) <= N_MAX, "the number of nodes in each list is in [0, 50]"
        assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in values), "-100 <= Node.val <= 100"
        assert all(a <= b for a, b in zip(values, values[1:])), "both lists are sorted in non-decreasing order"


SIZES = (6, 12, 25, N_MAX)  # for `compare`: the number of nodes in each list, doubling up to the maximum


def sized_input(rng, n):
    """Two interleaved random lists of n nodes: every approach walks both to the end."""
    return {"list1": sorted_values(rng, n), "list2": sorted_values(rng, n)}
