"""linked-list-cycle's nodes (harness.leetcode): the list is built from the case's values with its tail linked to
node `pos` (-1: no cycle), and only `head` is passed, as on LeetCode. After the call every node must still hold its
value and its `next`: an answer that marked the nodes it visited (by changing `val`, or by relinking) is a wrong
answer that says so."""

from harness.leetcode import Rejected, Unchanged, a_type, build_cycle


def build(given):
    head, nodes = build_cycle(given["head"], given["pos"])
    return {"head": head}, Unchanged(nodes)


def answer(returned, state):
    state.check()
    if not isinstance(returned, (bool, int)) and returned is not None:
        raise Rejected(f"you returned {a_type(returned)}: return True or False")
    return returned
