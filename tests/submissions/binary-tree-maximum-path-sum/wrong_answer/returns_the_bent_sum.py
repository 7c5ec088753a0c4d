"""Returns the bent sum (the node with both sides) to the parent instead of the straight-down gain: the parent then
extends a path that already forks."""


class Solution:
    def maxPathSum(self, root):
        best = float("-inf")

        def gain(node):
            nonlocal best
            if node is None:
                return 0
            left, right = max(gain(node.left), 0), max(gain(node.right), 0)
            best = max(best, node.val + left + right)
            return node.val + left + right

        gain(root)
        return best
