"""Passes the lower bound down but not the upper one: a right child's right subtree is checked against its parent
only, so a value larger than an ancestor on whose left it lies passes."""


class Solution:
    def isValidBST(self, root):
        def valid(node, low):
            if node is None:
                return True
            if low is not None and node.val <= low:
                return False
            if node.left and node.left.val >= node.val:
                return False
            return valid(node.left, low) and valid(node.right, node.val)

        return valid(root, None)
