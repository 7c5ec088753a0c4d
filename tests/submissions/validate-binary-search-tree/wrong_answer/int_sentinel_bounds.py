"""Starts the open interval at the 32-bit limits, as a C++ or Java answer with INT_MIN and INT_MAX would: a node
holding -2^31 or 2^31 - 1 is rejected."""


class Solution:
    def isValidBST(self, root):
        def valid(node, low, high):
            if node is None:
                return True
            if not low < node.val < high:
                return False
            return valid(node.left, low, node.val) and valid(node.right, node.val, high)

        return valid(root, -2**31, 2**31 - 1)
