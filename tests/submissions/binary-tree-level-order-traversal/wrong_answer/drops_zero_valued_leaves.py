"""Skips children whose value is 0 and that are leaves (a truthiness test, `if c.val`, where `if c` was meant): wrong only on trees with a 0-valued leaf."""
from collections import deque
class Solution:
    def levelOrder(self, root):
        res=[];q=[root] if root else []
        while q:
            res.append([n.val for n in q]); q=[c for n in q for c in (n.left,n.right) if c and (c.val or c.left or c.right)]
        return res
