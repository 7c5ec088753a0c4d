"""Builds a new, mirrored tree and leaves the input as it was: a different tree of new nodes, accepted as on
LeetCode."""


class Solution:
    def invertTree(self, root):
        if root is None:
            return None
        return TreeNode(root.val, self.invertTree(root.right), self.invertTree(root.left))
