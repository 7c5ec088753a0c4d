"""flatten-binary-tree-to-linked-list's nodes (harness.leetcode): `root` is built from the case's level-order list
(LeetCode's serialisation, None for a missing child) before the call; the call returns nothing, and the tree under
that same root node is read back after it (problem.toml's `in_place`), neither timed. A tree left exactly as it was
passed in (while it had a left child) is a wrong answer saying that rebinding `root` changes nothing; walking down
the `right` pointers, a node whose `left` is still set is a wrong answer naming it (a left never cleared would
otherwise read as a node with two parents); a cycle or a node reached twice is read_tree's rejection. The chain must be
made of the tree's own nodes, each with the value it came with (the statement's "rearrange the tree's own nodes"): a
new node hung on the root, or preorder values written into the nodes in another order (a BFS order, say), is a wrong
answer saying so (the input's nodes are counted in level order, as tree_nodes lists them)."""

from harness.leetcode import Rejected, build_tree, describe_tree, read_tree, tree_nodes


def build(given):
    root = build_tree(given["root"])
    return {"root": root}, [(node, node.left, node.right, node.val) for node in tree_nodes(root)]


def answer(returned, state):  # `returned` is the root node as the call left it (in_place)
    if any(left is not None for _, left, _, _ in state) and all(
            node.left is left and node.right is right for node, left, right, _ in state):
        raise Rejected("the tree is exactly as it was passed in: it is judged as your call left it, whatever you "
                       "return (`root = ...` only rebinds a local name; relink the nodes you were given)",
                       describe_tree(read_tree(returned)))
    for index, (node, _, _, value) in enumerate(state):
        if not (node.val is value or (type(node.val) is int and node.val == value)):
            raise Rejected(f"the values of the nodes were changed: node {index} of the input (counting from 0) had val "
                           f"{value!r} and now holds {node.val!r}; relink the nodes themselves, do not change their "
                           f"values", describe_tree(read_tree(returned)))
    ours = {id(node) for node, _, _, _ in state}
    node, shown, seen, alive = returned, [], set(), []  # alive: each node's id stays its own
    while node is not None and id(node) not in seen and all(hasattr(node, name) for name in ("val", "left", "right")):
        shown.append(node.val)
        if node.left is not None:
            raise Rejected(f"node {len(seen)} of the flattened list (counting from 0, val {node.val!r}) still has a "
                           f"left child: every `left` must be None, the list runs down the `right` pointers (set "
                           f"`node.left = None` once its subtree has moved to the right)",
                           describe_tree(shown, repr(getattr(node.left, "val", node.left))))
        if id(node) not in ours:
            raise Rejected(f"node {len(seen)} of the chain under root (val {node.val!r}, counting from 0) is a new node, "
                           f"not one of the input's: relink the input's nodes instead of building new ones",
                           describe_tree(shown))
        seen.add(id(node))
        alive.append(node)
        shown.append(None)
        node = node.right
    return read_tree(returned, "the flattened tree")
