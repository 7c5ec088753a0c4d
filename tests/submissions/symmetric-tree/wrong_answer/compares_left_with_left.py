"""Compares the two subtrees for equality (left with left, right with right) instead of as mirror images: the
check of LC100, Same Tree."""


class Solution:
    def isSymmetric(self, root):
        def same(a, b):
            if a is None or b is None:
                return a is b
            return a.val == b.val and same(a.left, b.left) and same(a.right, b.right)

        return same(root.left, root.right)
