"""Pasted from LeetCode with its string annotations: the classic recursion (a node that is None, p or q returns
itself; both sides found means this is the answer). 10^5 frames deep on a path."""


class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        if root is None or root is p or root is q:
            return root
        left = self.lowestCommonAncestor(root.left, p, q)
        right = self.lowestCommonAncestor(root.right, p, q)
        if left and right:
            return root
        return left or right
