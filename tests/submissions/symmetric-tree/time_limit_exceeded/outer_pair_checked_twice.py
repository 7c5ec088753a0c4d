"""The mirror recursion with the outer pair checked a second time "for safety": two calls per level on a path, so
2^499 calls on the V of two 499-node paths (exponential, not merely slow). Time limit exceeded."""


class Solution:
    def isSymmetric(self, root):
        def mirror(a, b):
            if not a and not b:
                return True
            if not a or not b:
                return False
            return (a.val == b.val and mirror(a.left, b.right) and mirror(a.right, b.left)
                    and mirror(a.left, b.right))

        return mirror(root.left, root.right)
