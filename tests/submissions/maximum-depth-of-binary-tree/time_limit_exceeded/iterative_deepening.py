"""Iterative deepening: for d = 1, 2, ..., walk the tree again to see whether any node lies at depth d. O(n * h)
visits: 5 * 10^7 on a 10^4-node path."""


class Solution:
    def maxDepth(self, root):
        def reaches(node, d):
            if node is None:
                return False
            if d == 1:
                return True
            return reaches(node.left, d - 1) or reaches(node.right, d - 1)

        d = 0
        while reaches(root, d + 1):
            d += 1
        return d
