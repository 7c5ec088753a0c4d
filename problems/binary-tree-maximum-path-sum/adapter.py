"""binary-tree-maximum-path-sum's nodes (harness.leetcode): `root` is built from the case's level-order list
(LeetCode's serialisation, None for a missing child) before the call, not timed; the answer is the int returned."""

from harness.leetcode import build_tree


def build(given):
    return {"root": build_tree(given["root"])}, None
