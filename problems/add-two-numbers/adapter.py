"""add-two-numbers' nodes (harness.leetcode): `l1` and `l2` are built from the case's digits before the call, and
the returned head read back as its digits (a cycle, or something that is not a ListNode, is a wrong answer that
says so)."""

from harness.leetcode import build_list, read_list


def build(given):
    return {"l1": build_list(given["l1"]), "l2": build_list(given["l2"])}, None


def answer(returned, state):
    return read_list(returned)
