"""The slowest approach LeetCode still accepts: a BFS on a Python list used as a queue (`pop(0)`, O(width) each)
that carries each node's depth beside it."""


class Solution:
    def maxDepth(self, root):
        if root is None:
            return 0
        queue, depth = [(root, 1)], 0
        while queue:
            node, d = queue.pop(0)
            depth = max(depth, d)
            if node.left is not None:
                queue.append((node.left, d + 1))
            if node.right is not None:
                queue.append((node.right, d + 1))
        return depth
