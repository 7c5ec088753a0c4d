"""Convert Sorted Array to BST accepts any height-balanced binary search tree holding exactly the values of nums, as
LeetCode does: the tree (read back as its level-order list by adapter.py) must hold every value once, as an int (2.0
or "2" for 2 is wrong, as for the exact checker), walk them in increasing order (a BST), and at every node have
subtrees whose heights differ by at most 1."""

from collections import Counter

from harness.checkers import ACCEPT, reject
from harness.checkers.exact import canonical
from harness.leetcode import build_tree, tree_nodes

OPTIONS: dict = {}


def check(given, expected, got, options):
    nums = given["nums"]
    if not got:
        return reject(f"the tree you returned is empty; it must hold the {len(nums)} values of nums")
    root = build_tree(got)
    order, stack, node = [], [], root  # the nodes in inorder
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        order.append(node)
        node = node.right
    values = [node.val for node in order]
    for v in values:  # as the exact checker compares: 2.0 is not 2, True is not 1, "2" is not 2
        if canonical(v)[0] != "int":
            return reject(f"the tree you returned holds {v!r}, a {type(v).__name__}, not an int: its values must be "
                          f"the ints of nums")
    have, want = Counter(values), Counter(nums)
    for i, v in enumerate(nums):
        if have[v] == 0:
            return reject(f"nums[{i}] = {v} is not in the tree you returned")
    for v, count in have.items():
        if v not in want:
            return reject(f"the tree you returned holds {v}, which is not in nums")
        if count > 1:
            return reject(f"the tree you returned holds {v} {count} times; nums has it once")
    for a, b in zip(values, values[1:]):
        if a >= b:
            return reject(f"not a binary search tree: its inorder walk visits {a} before {b} (a BST visits the "
                          f"values in increasing order)")
    height = {None: 0}
    for node in reversed(tree_nodes(root)):  # every child before its parent
        left, right = height[node.left], height[node.right]
        if abs(left - right) > 1:
            return reject(f"not height-balanced: the subtrees of the node with val {node.val} have heights {left} "
                          f"and {right} (they may differ by at most 1)")
        height[node] = 1 + max(left, right)
    return ACCEPT

