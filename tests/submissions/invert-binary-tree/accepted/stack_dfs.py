"""Iterative depth first with a stack: swap, then push both children."""


class Solution:
    def invertTree(self, root):
        stack = [root] if root else []
        while stack:
            node = stack.pop()
            node.left, node.right = node.right, node.left
            stack.extend(child for child in (node.left, node.right) if child)
        return root
