"""Treats a node missing either child as a leaf (`or` for `and`): the path stops at the first one-child node."""


class Solution:
    def maxDepth(self, root):
        if root is None:
            return 0
        if root.left is None or root.right is None:
            return 1
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
