"""Swaps values, not nodes: reads each level's values, and writes them back to the same nodes in reverse order.
Right whenever the shape is symmetric (a perfect tree), wrong as soon as it is not: the shape must mirror too."""


class Solution:
    def invertTree(self, root):
        level = [root] if root else []
        while level:
            values = [node.val for node in level][::-1]
            for node, value in zip(level, values):
                node.val = value
            level = [child for node in level for child in (node.left, node.right) if child]
        return root
