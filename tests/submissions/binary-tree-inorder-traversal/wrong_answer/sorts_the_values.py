"""Collects the values and sorts them, as if every tree were a search tree: right on search trees only."""


class Solution:
    def inorderTraversal(self, root):
        values, stack = [], [root] if root else []
        while stack:
            node = stack.pop()
            values.append(node.val)
            stack.extend(child for child in (node.left, node.right) if child)
        return sorted(values)
