"""Two separate assignments: `root.left = invert(root.right)` overwrites the left child, and `root.right =
invert(root.left)` then inverts the new left child back, so both sides are the same subtree (a shared node)."""


class Solution:
    def invertTree(self, root):
        if root is None:
            return None
        root.left = self.invertTree(root.right)
        root.right = self.invertTree(root.left)
        return root
