"""invert-binary-tree's nodes (harness.leetcode): `root` is built from the case's level-order list (LeetCode's
serialisation, None for a missing child) before the call, and the returned root read back the same way, neither
timed. Inverting in place or building a new tree are both accepted; a returned tree in which a node is reached twice
(two parents sharing a child, a child pointing back up) is a wrong answer that says so."""

from harness.leetcode import build_tree, read_tree


def build(given):
    return {"root": build_tree(given["root"])}, None


def answer(returned, state):
    return read_tree(returned)
