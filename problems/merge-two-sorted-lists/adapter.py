"""merge-two-sorted-lists' nodes (harness.leetcode): `list1` and `list2` are built from the case's values before
the call, and the returned head read back as its values (a cycle, or something that is not a ListNode, is a wrong
answer that says so)."""

from harness.leetcode import build_list, read_list


def build(given):
    return {"list1": build_list(given["list1"]), "list2": build_list(given["list2"])}, None


def answer(returned, state):
    return read_list(returned)
