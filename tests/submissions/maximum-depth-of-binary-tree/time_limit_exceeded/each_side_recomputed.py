"""1 + (maxDepth(left) if maxDepth(left) > maxDepth(right) else maxDepth(right)): the winning side is computed a
second time, so the calls multiply at every level, exponential in the height (the 1000-node random tree is enough).
Time limit exceeded."""


class Solution:
    def maxDepth(self, root):
        if not root:
            return 0
        if self.maxDepth(root.left) > self.maxDepth(root.right):
            return 1 + self.maxDepth(root.left)
        return 1 + self.maxDepth(root.right)
