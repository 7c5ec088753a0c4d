"""Adds up every positive value (or answers the largest value when none is positive), as if a path could collect
them all."""


class Solution:
    def maxPathSum(self, root):
        total, largest, stack = 0, root.val, [root]
        while stack:
            node = stack.pop()
            largest = max(largest, node.val)
            total += max(node.val, 0)
            stack += [c for c in (node.left, node.right) if c]
        return total if largest > 0 else largest
