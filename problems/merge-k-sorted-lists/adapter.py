"""merge-k-sorted-lists' nodes (harness.leetcode): each inner list of `lists` is built into a linked list before
the call (an empty one is None, as on LeetCode), and the returned head read back as its values (a cycle, or something
that is not a ListNode, is a wrong answer that says so). Any list of the merged values is accepted, as on LeetCode,
new nodes included."""

from harness.leetcode import build_list, read_list


def build(given):
    return {"lists": [build_list(values) for values in given["lists"]]}, None


def answer(returned, state):
    return read_list(returned)
