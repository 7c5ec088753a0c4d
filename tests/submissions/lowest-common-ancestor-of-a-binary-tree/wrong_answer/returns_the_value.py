"""Finds the right ancestor, then returns its value (an int), not the node."""


class Solution:
    def lowestCommonAncestor(self, root, p, q):
        def go(node):
            if node is None or node is p or node is q:
                return node
            left, right = go(node.left), go(node.right)
            return node if left and right else left or right

        return go(root).val
