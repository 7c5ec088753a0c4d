"""Names the method after the slug, maximumDepthOfBinaryTree (LeetCode's is maxDepth)."""


class Solution:
    def maximumDepthOfBinaryTree(self, root):
        if root is None:
            return 0
        return 1 + max(self.maximumDepthOfBinaryTree(root.left), self.maximumDepthOfBinaryTree(root.right))
