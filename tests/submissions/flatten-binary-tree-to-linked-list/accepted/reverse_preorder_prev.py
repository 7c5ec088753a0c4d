"""Recursive reverse preorder (right, left, node) with a `prev` attribute: each node is linked to the node that
follows it in preorder, already visited. 2000 frames deep on a path."""


class Solution:
    def __init__(self):
        self.prev = None

    def flatten(self, root):
        if root is None:
            return
        self.flatten(root.right)
        self.flatten(root.left)
        root.right = self.prev
        root.left = None
        self.prev = root
