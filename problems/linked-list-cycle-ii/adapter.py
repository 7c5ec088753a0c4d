"""linked-list-cycle-ii's nodes (harness.leetcode): the list is built from the case's values with its tail linked
to node `pos` (-1: no cycle), and only `head` is passed, as on LeetCode. The answer is judged as the index of the
node returned, by identity (None is -1): a new node with the right value is not the node. After the call every node
must still hold its value and its `next` (LeetCode: do not modify the list)."""

from harness.leetcode import Rejected, Unchanged, a_type, build_cycle, node_index


def build(given):
    head, nodes = build_cycle(given["head"], given["pos"])
    return {"head": head}, Unchanged(nodes)


def answer(returned, state):
    state.check()
    if returned is not None and not (hasattr(returned, "val") and hasattr(returned, "next")):
        raise Rejected(f"you returned {a_type(returned)}: return the node where the cycle begins (the ListNode "
                       f"itself), or None")
    return node_index(returned, state.nodes, "the node you returned")
