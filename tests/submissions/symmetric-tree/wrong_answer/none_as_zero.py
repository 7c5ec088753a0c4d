"""Reads a missing node as the value 0 and a missing node's children as missing: a node of value 0 facing no node
passes ([1,0])."""


class Solution:
    def isSymmetric(self, root):
        def mirror(a, b):
            if a is None and b is None:
                return True
            va, vb = a.val if a else 0, b.val if b else 0
            return va == vb and mirror(a and a.left, b and b.right) and mirror(a and a.right, b and b.left)

        return mirror(root.left, root.right)
