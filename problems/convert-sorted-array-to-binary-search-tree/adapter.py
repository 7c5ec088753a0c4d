"""convert-sorted-array-to-binary-search-tree's nodes (harness.leetcode): `nums` is passed as it is, and the returned
root is read back as LeetCode's level-order list (not timed) for checker.py, which accepts any height-balanced BST
of the values. A returned tree in which a node is reached twice (two parents sharing a child, a child pointing back
up), or something that is not a TreeNode, is a wrong answer that says so."""

from harness.leetcode import read_tree


def build(given):
    return {"nums": list(given["nums"])}, None


def answer(returned, state):
    return read_tree(returned)
