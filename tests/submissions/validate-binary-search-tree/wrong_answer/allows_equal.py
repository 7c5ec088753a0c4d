"""Bounds with <= in place of <: a value equal to its parent's or an ancestor's passes (duplicates are invalid)."""


class Solution:
    def isValidBST(self, root):
        def valid(node, low, high):
            if node is None:
                return True
            if node.val < low or node.val > high:
                return False
            return valid(node.left, low, node.val) and valid(node.right, node.val, high)

        return valid(root, float("-inf"), float("inf"))
