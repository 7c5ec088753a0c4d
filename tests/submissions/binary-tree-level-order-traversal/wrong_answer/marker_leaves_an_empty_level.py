"""Ends each level with a None marker in the queue, then "flushes the last level" once more after the loop: the
last marker had already flushed it, so an empty level is left at the end."""
from collections import deque


class Solution:
    def levelOrder(self, root):
        if root is None:
            return []
        res, level, q = [], [], deque([root, None])
        while q:
            node = q.popleft()
            if node is None:
                res.append(level)
                level = []
                if q:
                    q.append(None)
            else:
                level.append(node.val)
                q.extend(kid for kid in (node.left, node.right) if kid)
        res.append(level)
        return res
