"""The right recursion with the record started at 0: when every value is negative it answers 0, a path of no nodes."""


class Solution:
    def maxPathSum(self, root):
        best = 0

        def gain(node):
            nonlocal best
            if node is None:
                return 0
            left, right = max(gain(node.left), 0), max(gain(node.right), 0)
            best = max(best, node.val + left + right)
            return node.val + max(left, right)

        gain(root)
        return best
