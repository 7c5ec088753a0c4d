"""palindrome-linked-list's nodes (harness.leetcode): `head` is built from the case's values before the call; the
answer is the bool returned (LeetCode does not forbid changing the list here: the O(1)-space method reverses half
of it)."""

from harness.leetcode import Rejected, a_type, build_list


def build(given):
    return {"head": build_list(given["head"])}, None


def answer(returned, state):
    if not isinstance(returned, (bool, int)) and returned is not None:
        raise Rejected(f"you returned {a_type(returned)}: return True or False")
    return returned

