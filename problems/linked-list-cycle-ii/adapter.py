"""linked-list-cycle-ii's nodes (harness.leetcode): the list is built from the case's values with its tail linked
to node `pos` (-1: no cycle), and only `head` is passed, as on LeetCode. The answer is judged as the index of the
node returned, by identity (None is -1): a new node with the right value is not the node. After the call every node
must still hold its value and its `next` (LeetCode: do not modify the list)."""

from harness.leetcode import Rejected, build_cycle, node_index


def build(given):
    head, nodes = build_cycle(given["head"], given["pos"])
    return {"head": head}, (nodes, [node.val for node in nodes], [node.next for node in nodes])


def answer(returned, state):
    nodes, values, links = state
    unchanged(nodes, values, links)
    if returned is not None and not (hasattr(returned, "val") and hasattr(returned, "next")):
        raise Rejected(f"you returned {article(type(returned).__name__)}: return the node where the cycle begins (the "
                       f"ListNode itself), or None")
    return node_index(returned, nodes, "the node you returned")


def unchanged(nodes, values, links):
    """Reject a call that changed a node's value or link."""
    for index, (node, value, link) in enumerate(zip(nodes, values, links)):
        now = node.val
        if not (now is value or (type(now) is int and now == value)):
            raise Rejected(f"the list was modified: node {index} (counting from 0) had val {value!r}, and after "
                           f"your call it is {now!r}; find the cycle without changing the list (no marking of "
                           f"visited nodes)")
        if node.next is not link:
            raise Rejected(f"the list was modified: the `next` of node {index} (counting from 0, val {value!r}) "
                           f"was changed; find the cycle without relinking the list")


def article(name):
    return f"an {name}" if name[:1].lower() in "aeiou" else f"a {name}"
