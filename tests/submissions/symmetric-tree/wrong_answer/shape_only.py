"""Checks that the shape is symmetric and forgets the values."""


class Solution:
    def isSymmetric(self, root):
        def mirror(a, b):
            if a is None or b is None:
                return a is b
            return mirror(a.left, b.right) and mirror(a.right, b.left)

        return mirror(root.left, root.right)
