"""Returns the TreeNode objects in inorder instead of their values: the right order in the wrong form. Wrong answer."""
class Solution:
    def inorderTraversal(self, root):
        res=[]
        def go(n):
            if n: go(n.left); res.append(n); go(n.right)
        go(root)
        return res
