"""swap-nodes-in-pairs' nodes (harness.leetcode): `head` is built from the case's values before the call, each
node's value recorded; the returned head is read back as its values (a cycle, or something that is not a ListNode,
is a wrong answer that says so), and it must be made of the input's own nodes, each with the value it came with:
LeetCode forbids swapping the values instead of the nodes, and so does this. When the values come out right, each
position must also hold the very node the swap puts there: equal values would otherwise hide a pair left unswapped
(or nodes matched up by value)."""

from harness.leetcode import Rejected, build_list, describe_list, list_nodes, read_list


def build(given):
    head = build_list(given["head"])
    nodes = list_nodes(head)
    return {"head": head}, (nodes, [node.val for node in nodes])


def answer(returned, state):
    nodes, values = state
    for index, (node, value) in enumerate(zip(nodes, values)):
        if not (node.val is value or (type(node.val) is int and node.val == value)):
            raise Rejected(f"the values of the nodes were changed: node {index} of the input (counting from 0) had val "
                           f"{value!r} and now holds {node.val!r}; swap the nodes themselves, not their values",
                           describe_list(returned))
    got = read_list(returned)
    ours = {id(node) for node in nodes}
    node = returned
    for index in range(len(got)):
        if id(node) not in ours:
            raise Rejected(f"node {index} of the list you returned (val {node.val!r}) is a new node, not one of the "
                           f"input's: relink the input's nodes instead of building new ones",
                           describe_list(returned))
        node = node.next
    order = swapped(list(range(len(nodes))))
    if got == [values[i] for i in order]:
        position = {id(node): index for index, node in enumerate(nodes)}
        node = returned
        for index, want in enumerate(order):
            if node is not nodes[want]:
                raise Rejected(f"node {index} of the list you returned is the input's node {position[id(node)]} "
                               f"(val {node.val!r}), where the input's node {want} (val {values[want]!r}) belongs: "
                               f"the values match but the nodes do not; exchange every pair of nodes, even when "
                               f"their values are equal", describe_list(returned))
            node = node.next
    return got


def swapped(order):
    """The input's node indices in the order the answer holds them: each pair exchanged."""
    for i in range(0, len(order) - 1, 2):
        order[i], order[i + 1] = order[i + 1], order[i]
    return order
