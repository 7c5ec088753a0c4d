"""sort-list's nodes (harness.leetcode): `head` is built from the case's values before the call, and the
returned head read back as its values (a cycle, or something that is not a ListNode, is a wrong answer that says
so). Any list of the sorted values is accepted, as on LeetCode, new nodes included."""

from harness.leetcode import build_list, read_list


def build(given):
    return {"head": build_list(given["head"])}, None


def answer(returned, state):
    return read_list(returned)
