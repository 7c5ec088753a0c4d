"""Paths from any node, but counted only when they end at a leaf (LC112/LC113's rule carried over)."""


class Solution:
    def pathSum(self, root, targetSum):
        def down(node, remaining):
            if node is None:
                return 0
            remaining -= node.val
            if node.left is None and node.right is None:
                return int(remaining == 0)
            return down(node.left, remaining) + down(node.right, remaining)

        if root is None:
            return 0
        return down(root, targetSum) + self.pathSum(root.left, targetSum) + self.pathSum(root.right, targetSum)
