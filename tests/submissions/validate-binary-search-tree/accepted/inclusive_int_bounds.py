"""Integer bounds done right: an inclusive interval [low, high] starting at the 32-bit limits themselves, with the
children's intervals shrunk by one (node.val - 1, node.val + 1), so a node at -2^31 or 2^31 - 1 is inside."""


class Solution:
    def isValidBST(self, root):
        def valid(node, low, high):
            if node is None:
                return True
            if not low <= node.val <= high:
                return False
            return valid(node.left, low, node.val - 1) and valid(node.right, node.val + 1, high)

        return valid(root, -2**31, 2**31 - 1)
