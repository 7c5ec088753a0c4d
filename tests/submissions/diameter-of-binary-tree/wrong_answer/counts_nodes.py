"""Counts the nodes of the longest path instead of its edges: left + right + 1, one too many."""


class Solution:
    def diameterOfBinaryTree(self, root):
        best = 0

        def height(node):
            nonlocal best
            if node is None:
                return 0
            left, right = height(node.left), height(node.right)
            best = max(best, left + right + 1)
            return 1 + max(left, right)

        height(root)
        return best
