"""Swaps children only at nodes that have two: a lone left child must become a right child. Wrong answer."""
class Solution:
    def invertTree(self, root):
        def go(n):
            if not n: return
            if n.left and n.right: n.left,n.right=n.right,n.left
            go(n.left); go(n.right)
        go(root)
        return root
