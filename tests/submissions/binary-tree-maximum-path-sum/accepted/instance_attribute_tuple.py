"""The record kept on the instance, started at minus infinity; the recursion returns the gain and clamps each side
with a conditional instead of max."""
import math


class Solution:
    def maxPathSum(self, root):
        self.best = -math.inf
        self.down(root)
        return self.best

    def down(self, node):
        if node is None:
            return 0
        left = self.down(node.left)
        right = self.down(node.right)
        left = left if left > 0 else 0
        right = right if right > 0 else 0
        if node.val + left + right > self.best:
            self.best = node.val + left + right
        return node.val + (left if left > right else right)
