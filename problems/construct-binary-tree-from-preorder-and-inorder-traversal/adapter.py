"""construct-binary-tree-from-preorder-and-inorder-traversal's answer (harness.leetcode): the two lists are passed
as they are, and the returned root is read back as LeetCode's level-order list (None for a missing child), not
timed, so the tree is judged by its structure and values. A returned tree in which a node is reached twice, or
that holds something other than TreeNodes, is a wrong answer that says so."""

from harness.leetcode import read_tree


def build(given):
    return given, None


def answer(returned, state):
    return read_tree(returned)
