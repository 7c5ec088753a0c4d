"""Builds a mirrored copy, but calls the recursion twice per child (once to test it, once to use it): correct, and
2^h calls, which a path of 100 nodes never finishes."""


class Solution:
    def invertTree(self, root):
        if root is None:
            return None
        left = self.invertTree(root.right) if self.invertTree(root.right) else None
        right = self.invertTree(root.left) if self.invertTree(root.left) else None
        return TreeNode(root.val, left, right)
