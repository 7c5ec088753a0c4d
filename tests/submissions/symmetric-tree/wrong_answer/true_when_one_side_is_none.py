"""Returns True as soon as either side is None (`or` for `and`): a node facing a missing node passes."""


class Solution:
    def isSymmetric(self, root):
        def mirror(a, b):
            if a is None or b is None:
                return True
            return a.val == b.val and mirror(a.left, b.right) and mirror(a.right, b.left)

        return mirror(root.left, root.right)
