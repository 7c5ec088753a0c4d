"""Puts the root in the queue unchecked: the empty tree reads `None.val`."""
from collections import deque


class Solution:
    def levelOrder(self, root):
        res, q = [], deque([root])
        while q:
            level = []
            for _ in range(len(q)):
                node = q.popleft()
                level.append(node.val)
                q.extend(kid for kid in (node.left, node.right) if kid)
            res.append(level)
        return res
