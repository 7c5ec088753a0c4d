"""Recursive: flatten both subtrees, each call returning the tail of its flattened list, then splice the left list
between the node and the right list."""


class Solution:
    def flatten(self, root):
        def go(node):
            if node is None:
                return None
            left_tail, right_tail = go(node.left), go(node.right)
            if node.left:
                left_tail.right = node.right
                node.right, node.left = node.left, None
            return right_tail or left_tail or node

        go(root)
