"""Swaps at every node down the left side only: recurses into the new left child and forgets the right one."""


class Solution:
    def invertTree(self, root):
        if root:
            root.left, root.right = root.right, root.left
            self.invertTree(root.left)
        return root
