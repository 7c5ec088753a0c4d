"""Calls the recursion twice for the left child (once to test the result, once to use it): 2^h calls, and a path
of 100 left children (the hidden tests have 10^4) never finishes."""


class Solution:
    def inorderTraversal(self, root):
        if root is None:
            return []
        left = self.inorderTraversal(root.left) if self.inorderTraversal(root.left) else []
        return left + [root.val] + self.inorderTraversal(root.right)
