"""Checks for a leaf before checking for None: the empty tree reads `None.left`."""


class Solution:
    def maxDepth(self, root):
        if root.left is None and root.right is None:
            return 1
        return 1 + max(self.maxDepth(root.left) if root.left else 0, self.maxDepth(root.right) if root.right else 0)
