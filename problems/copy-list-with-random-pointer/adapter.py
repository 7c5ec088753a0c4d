"""copy-list-with-random-pointer's nodes (harness.leetcode's Node): the list is built from the case's `[val,
random_index]` pairs and only `head` is passed, as on LeetCode. After the call the original list must be exactly
as it was (every node's val, next and random: LeetCode reports "the original list was modified"); the copy must
share no node with it, end, and point its randoms into itself; it is read back as `[val, random_index]` pairs, the
indices into the copy, and judged against the expected pairs."""

from harness.leetcode import MAX_NODES, Node, Rejected, a_type, describe_list


class Original:
    """The original nodes, and each one's val, next and random as the call found them."""

    def __init__(self, nodes: list):
        self.nodes = nodes
        self.index = {id(node): index for index, node in enumerate(nodes)}
        self.saved = [(node.val, node.next, node.random) for node in nodes]

    def check(self) -> None:
        for index, (node, (value, link, random)) in enumerate(zip(self.nodes, self.saved)):
            if not (node.val is value or (type(node.val) is int and node.val == value)):
                raise Rejected(f"the original list was modified: its node {index} (counting from 0) had val "
                               f"{value!r}, and after your call it is {node.val!r}; copy the list, leave it as it is")
            if getattr(node, "next", None) is not link:
                raise Rejected(f"the original list was modified: the `next` of its node {index} (counting from 0, "
                               f"val {value!r}) was changed; restore every pointer of the original (an interleaved "
                               f"copy not unwoven?)")
            if getattr(node, "random", None) is not random:
                raise Rejected(f"the original list was modified: the `random` of its node {index} (counting from 0, "
                               f"val {value!r}) was changed; restore every pointer of the original (a random used "
                               f"as scratch space and not put back?)")


def build(given):
    pairs = given["head"]
    nodes = [Node(value) for value, _ in pairs]
    for node, following, (_, random) in zip(nodes, nodes[1:] + [None], pairs):
        node.next, node.random = following, None if random is None else nodes[random]
    return {"head": nodes[0] if nodes else None}, Original(nodes)


def answer(returned, state):
    """The copy as `[val, random_index]` pairs; a rejection shows the copy's values (not None) as its answer."""
    try:
        return read_copy(returned, state)
    except Rejected as exc:
        if exc.shown is None:
            exc.shown = describe_list(returned)
        raise


def read_copy(returned, state):
    state.check()
    copy, seen, node = [], {}, returned
    while node is not None:
        if not all(hasattr(node, name) for name in ("val", "next", "random")):
            if not copy:
                raise Rejected(f"the copy you returned is {a_type(node)}, not a Node (or None)")
            raise Rejected(f"the copy you returned has, after {len(copy)} node{'s' * (len(copy) != 1)}, "
                           f"{a_type(node)}, not a Node (or None)")
        if id(node) in state.index:
            raise Rejected(f"the copy shares node {state.index[id(node)]} with the original (counting from 0, val "
                           f"{node.val!r}): every node of the copy must be a new Node", describe_list(returned))
        if id(node) in seen:
            raise Rejected(f"the copy you returned has a cycle: the `next` of its node {len(copy) - 1} points back to "
                           f"its node {seen[id(node)]} (counting from 0), so it never ends", describe_list(returned))
        if len(copy) == MAX_NODES:
            raise Rejected(f"the copy you returned has more than {MAX_NODES} nodes")
        seen[id(node)] = len(copy)
        copy.append(node)
        node = node.next
    return [[node.val, random_index(node, index, seen, state)] for index, node in enumerate(copy)]


def random_index(node, index: int, seen: dict, state: Original):
    """The index in the copy of the node that `node.random` points to (None for None)."""
    target = node.random
    if target is None:
        return None
    if id(target) in seen:
        return seen[id(target)]
    if id(target) in state.index:
        raise Rejected(f"the `random` of the copy's node {index} (counting from 0) points to node "
                       f"{state.index[id(target)]} of the original list: point it at the copy of that node")
    raise Rejected(f"the `random` of the copy's node {index} (counting from 0) points to a node that is in "
                   f"neither the copy nor the original (val {getattr(target, 'val', None)!r})")
