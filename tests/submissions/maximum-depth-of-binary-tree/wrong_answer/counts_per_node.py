"""A BFS that adds one for every node popped instead of one per level: the number of nodes, right only on a path."""
from collections import deque


class Solution:
    def maxDepth(self, root):
        if root is None:
            return 0
        queue, depth = deque([root]), 0
        while queue:
            node = queue.popleft()
            depth += 1
            queue.extend(child for child in (node.left, node.right) if child)
        return depth
