"""Stops swapping below depth 50: only deep paths show it. Wrong answer."""
class Solution:
    def invertTree(self, root):
        def go(n,d):
            if n and d<50:
                n.left,n.right=n.right,n.left; go(n.left,d+1); go(n.right,d+1)
        go(root,0)
        return root
