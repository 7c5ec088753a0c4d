"""Inverts the tree, then returns its level-order list (LeetCode's printed form) instead of the root node: the right tree in the wrong form. Wrong answer."""
class Solution:
    def invertTree(self, root):
        if not root: return []
        q=[root]
        while q:
            n=q.pop(0); n.left,n.right=n.right,n.left
            q += [c for c in (n.left,n.right) if c]
        res=[];q=[root]
        while q:
            n=q.pop(0)
            if n: res.append(n.val); q+=[n.left,n.right]
            else: res.append(None)
        while res and res[-1] is None: res.pop()
        return res
