"""Spells the method isValidBst (LeetCode's is isValidBST), a class with no method the judge can call."""


class Solution:
    def isValidBst(self, root):
        def valid(node, low, high):
            return node is None or (low < node.val < high and valid(node.left, low, node.val)
                                    and valid(node.right, node.val, high))

        return valid(root, float("-inf"), float("inf"))
