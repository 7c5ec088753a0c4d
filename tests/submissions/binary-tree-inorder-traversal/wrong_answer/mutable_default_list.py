"""A mutable default argument: `res=[]` is created once, when the method is defined, so each case's values are
appended after those of every case before it (right on the first case only)."""


class Solution:
    def inorderTraversal(self, root, res=[]):
        if root:
            self.inorderTraversal(root.left, res)
            res.append(root.val)
            self.inorderTraversal(root.right, res)
        return res
