"""intersection-of-two-linked-lists' nodes (harness.leetcode): list A is built from `listA`; list B is its first
`skipB` values as new nodes, the last of them linked to node `skipA` of list A, so that from there on the two lists
are the same objects (no link when intersectVal is 0: the lists do not meet). Only headA and headB are passed, as on
LeetCode. The answer is judged as the index in list A of the node returned, by identity (None is -1): a node only
one list reaches, or a new node with the right value, is rejected saying so. After the call every node must still
hold its value and its `next` (LeetCode: the lists must keep their original structure)."""

from harness.leetcode import ListNode, Rejected, Unchanged, a_type, build_list, describe_list, list_nodes, node_index

# The grader passes the built inputs positionally, in the order of problem.toml's params (harness.sandbox.usercode
# call_arguments): headA and headB go under the first two names, as LeetCode calls getIntersectionNode(headA, headB).
FIRST, SECOND = "intersectVal", "listA"


class Lists:
    """Both lists' nodes, and each node's `val` and `next` as the call found them."""

    def __init__(self, nodes_a: list, nodes_b: list, own_b: int):
        self.a, self.b = nodes_a, nodes_b
        self.index_a = {id(node): index for index, node in enumerate(nodes_a)}
        self.index_b = {id(node): index for index, node in enumerate(nodes_b)}
        self.unchanged = (("listA", Unchanged(nodes_a)), ("listB", Unchanged(nodes_b[:own_b])))

    def check(self) -> None:
        for name, snapshot in self.unchanged:
            try:
                snapshot.check()
            except Rejected as exc:
                raise Rejected(str(exc).replace("the list was modified", f"{name} was modified", 1)) from None


def build(given):
    nodes_a = list_nodes(build_list(given["listA"]))
    skip_a, skip_b = given["skipA"], given["skipB"]
    shared = nodes_a[skip_a] if given["intersectVal"] != 0 else None
    head_b = shared
    for value in reversed(given["listB"][:skip_b]):
        head_b = ListNode(value, head_b)
    nodes_b = list_nodes(head_b)
    return {FIRST: nodes_a[0] if nodes_a else None, SECOND: head_b}, Lists(nodes_a, nodes_b, skip_b)


def answer(returned, state):
    state.check()
    if returned is None:
        return -1
    if not (hasattr(returned, "val") and hasattr(returned, "next")):
        raise Rejected(f"you returned {a_type(returned)}: return the node where the lists meet (the ListNode "
                       f"itself), or None")
    in_a, in_b = state.index_a.get(id(returned)), state.index_b.get(id(returned))
    if in_a is None and in_b is None:
        node_index(returned, [], "the node you returned")  # raises: a node of neither list (a new one?)
    if in_b is None:
        raise Rejected(f"the node you returned is node {in_a} of listA (val {returned.val!r}, counting from 0), "
                       f"but listB never reaches it: a node in both lists is the same object, not an equal value",
                       describe_list(returned))
    if in_a is None:
        raise Rejected(f"the node you returned is node {in_b} of listB (val {returned.val!r}, counting from 0), "
                       f"but listA never reaches it: a node in both lists is the same object, not an equal value",
                       describe_list(returned))
    return in_a
