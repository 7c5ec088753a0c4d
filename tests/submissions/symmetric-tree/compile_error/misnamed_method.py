"""Names the method after the slug, symmetricTree (LeetCode's is isSymmetric)."""


class Solution:
    def symmetricTree(self, root):
        def mirror(a, b):
            if a is None or b is None:
                return a is b
            return a.val == b.val and mirror(a.left, b.right) and mirror(a.right, b.left)

        return mirror(root.left, root.right)
