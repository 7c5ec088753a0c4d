"""Checks the values and the outer pair (a.left with b.right) but never the inner pair (a.right with b.left)."""


class Solution:
    def isSymmetric(self, root):
        def mirror(a, b):
            if a is None and b is None:
                return True
            if a is None or b is None:
                return False
            return a.val == b.val and mirror(a.left, b.right)

        return mirror(root.left, root.right)
