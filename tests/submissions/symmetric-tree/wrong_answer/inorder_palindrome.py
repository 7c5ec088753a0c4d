"""Writes down the inorder walk with a marker for every missing child and checks it for a palindrome: a
symmetric tree gives one, but so does [1,2,2,2,null,2]."""


class Solution:
    def isSymmetric(self, root):
        out = []

        def walk(node):
            if node is None:
                out.append(None)
                return
            walk(node.left)
            out.append(node.val)
            walk(node.right)

        walk(root)
        return out == out[::-1]
