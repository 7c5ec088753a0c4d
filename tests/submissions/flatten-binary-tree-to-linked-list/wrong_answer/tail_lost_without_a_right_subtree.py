"""Recursive join returning the tail `rt or n`: a node with a left subtree and no right one reports itself as its
tail, so its parent hangs the right subtree on it and the left subtree's nodes are lost."""
class Solution:
    def flatten(self, root):
        def go(n):
            if not n: return None
            lt = go(n.left); rt = go(n.right)
            if n.left:
                lt.right = n.right
                n.right = n.left
                n.left = None
            return rt or n
        go(root)
