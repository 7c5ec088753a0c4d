"""linked-list-cycle's nodes (harness.leetcode): the list is built from the case's values with its tail linked to
node `pos` (-1: no cycle), and only `head` is passed, as on LeetCode. After the call every node must still hold its
value and its `next`: an answer that marked the nodes it visited (by changing `val`, or by relinking) is a wrong
answer that says so."""

from harness.leetcode import Rejected, build_cycle


def build(given):
    head, nodes = build_cycle(given["head"], given["pos"])
    return {"head": head}, (nodes, [node.val for node in nodes], [node.next for node in nodes])


def answer(returned, state):
    unchanged(*state)
    if not isinstance(returned, (bool, int)) and returned is not None:
        raise Rejected(f"you returned {article(type(returned).__name__)}: return True or False")
    return returned


def unchanged(nodes, values, links):
    """Reject a call that changed a node's value or link (LeetCode: do not modify the list)."""
    for index, (node, value, link) in enumerate(zip(nodes, values, links)):
        now = node.val
        if not (now is value or (type(now) is int and now == value)):
            raise Rejected(f"the list was modified: node {index} (counting from 0) had val {value!r}, and after "
                           f"your call it is {now!r}; detect the cycle without changing the list (no marking of "
                           f"visited nodes)")
        if node.next is not link:
            raise Rejected(f"the list was modified: the `next` of node {index} (counting from 0, val {value!r}) "
                           f"was changed; detect the cycle without relinking the list")


def article(name):
    return f"an {name}" if name[:1].lower() in "aeiou" else f"a {name}"
