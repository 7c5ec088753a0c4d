"""Queues the right child before the left: every level comes out right to left."""
from collections import deque


class Solution:
    def levelOrder(self, root):
        res, q = [], deque([root] if root else [])
        while q:
            level = []
            for _ in range(len(q)):
                node = q.popleft()
                level.append(node.val)
                for child in (node.right, node.left):
                    if child:
                        q.append(child)
            res.append(level)
        return res
