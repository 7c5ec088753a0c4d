"""Compares the children's values before checking that they exist: a lone child, or a leaf's missing children,
reads `None.val`."""


class Solution:
    def isSymmetric(self, root):
        def mirror(a, b):
            if a.val != b.val:
                return False
            if a.left is None and a.right is None and b.left is None and b.right is None:
                return True
            return mirror(a.left, b.right) and mirror(a.right, b.left)

        if root.left is None and root.right is None:
            return True
        return mirror(root.left, root.right)
