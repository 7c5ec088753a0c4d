"""Drops repeated values (dict.fromkeys keeps the first of each): wrong on any tree with a repeated value."""
class Solution:
    def inorderTraversal(self, root):
        res=[]
        def go(n):
            if n: go(n.left); res.append(n.val); go(n.right)
        go(root)
        return list(dict.fromkeys(res))
