"""Looks at `root.left` before checking root for None: the empty tree raises AttributeError."""


class Solution:
    def inorderTraversal(self, root):
        left = self.inorderTraversal(root.left) if root.left else []
        right = self.inorderTraversal(root.right) if root.right else []
        return left + [root.val] + right
