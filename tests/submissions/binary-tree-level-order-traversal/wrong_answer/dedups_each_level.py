"""Removes repeated values within a level: wrong on any level with a repeated value."""
from collections import deque
class Solution:
    def levelOrder(self, root):
        res=[];q=[root] if root else []
        while q:
            res.append(list(dict.fromkeys(n.val for n in q))); q=[c for n in q for c in (n.left,n.right) if c]
        return res
