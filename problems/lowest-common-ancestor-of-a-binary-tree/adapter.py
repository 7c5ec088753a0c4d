"""lowest-common-ancestor-of-a-binary-tree's nodes (harness.leetcode): `root` is built from the case's level-order
list, and `p` and `q` are passed as the nodes of that tree holding the case's values (LeetCode's values are unique),
before the call, not timed. The node returned is found among the tree's nodes by identity and read back as the
value it held when the tree was built: a new TreeNode with the right value, or the value itself, is a wrong answer
that says so."""

from harness.brief import brief
from harness.leetcode import Rejected, a_type, build_tree, node_index, tree_nodes


def build(given):
    root = build_tree(given["root"])
    nodes = tree_nodes(root)
    by_value = {node.val: node for node in nodes}
    return {"root": root, "p": by_value[given["p"]], "q": by_value[given["q"]]}, (nodes, [n.val for n in nodes])


def answer(returned, state):
    nodes, values = state
    if returned is not None and not all(hasattr(returned, name) for name in ("val", "left", "right")):
        raise Rejected(f"you returned {a_type(returned)}: return the lowest common ancestor itself, the TreeNode of "
                       f"the tree (not its value)", brief(returned, 80))
    index = node_index(returned, nodes, "the node you returned")
    return None if index < 0 else values[index]
