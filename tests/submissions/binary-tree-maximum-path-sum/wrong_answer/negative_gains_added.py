"""Gains not clamped at 0: a negative side is always added, so the path with a node on top drags in a child that
only lowers the sum."""


class Solution:
    def maxPathSum(self, root):
        best = float("-inf")

        def gain(node):
            nonlocal best
            if node is None:
                return 0
            left, right = gain(node.left), gain(node.right)
            best = max(best, node.val + left + right, node.val)
            return node.val + max(left, right)

        gain(root)
        return best
