"""Returns the values in level order as one flat list, not one list per level."""
from collections import deque


class Solution:
    def levelOrder(self, root):
        res, q = [], deque([root] if root else [])
        while q:
            node = q.popleft()
            res.append(node.val)
            q.extend(kid for kid in (node.left, node.right) if kid)
        return res
