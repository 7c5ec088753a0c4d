"""The classic recursion without the both-sides test: `return left or right` passes up whichever side found
something first, so when p and q are on different sides it answers p instead of the node above them."""


class Solution:
    def lowestCommonAncestor(self, root, p, q):
        if root is None or root is p or root is q:
            return root
        left = self.lowestCommonAncestor(root.left, p, q)
        right = self.lowestCommonAncestor(root.right, p, q)
        return left or right
