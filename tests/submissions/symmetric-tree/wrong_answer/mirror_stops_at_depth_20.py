"""The mirror recursion with a depth cap (d > 20: assume the rest matches), as written to dodge a recursion limit:
right on every shallow tree, but the V of two 499-node paths with one of its two deepest values changed differs only
below the cap. Wrong answer."""


class Solution:
    def isSymmetric(self, root):
        def mirror(a, b, depth):
            if depth > 20:
                return True
            if not a and not b:
                return True
            if not a or not b:
                return False
            return a.val == b.val and mirror(a.left, b.right, depth + 1) and mirror(a.right, b.left, depth + 1)

        return mirror(root.left, root.right, 0)
