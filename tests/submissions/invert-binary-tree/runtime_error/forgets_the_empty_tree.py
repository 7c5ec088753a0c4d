"""Reads `root.left` before checking for None: the empty tree raises AttributeError."""


class Solution:
    def invertTree(self, root):
        left, right = root.left, root.right
        root.left = self.invertTree(right) if right else None
        root.right = self.invertTree(left) if left else None
        return root
