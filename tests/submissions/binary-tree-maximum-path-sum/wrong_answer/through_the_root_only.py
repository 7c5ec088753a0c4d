"""Computes the gains correctly but answers only the best path with the root on top: right when the best path
passes through the root, as in example 1."""


class Solution:
    def maxPathSum(self, root):
        def gain(node):
            if node is None:
                return 0
            return node.val + max(gain(node.left), gain(node.right), 0)

        return root.val + max(gain(root.left), 0) + max(gain(root.right), 0)
