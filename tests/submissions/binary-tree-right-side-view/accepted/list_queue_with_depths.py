"""The slowest approach LeetCode still accepts: a BFS on a Python list used as a queue (`pop(0)`), each node with its
depth, a dict from depth to the last value popped there."""


class Solution:
    def rightSideView(self, root):
        last, queue = {}, [(root, 0)] if root else []
        while queue:
            node, depth = queue.pop(0)
            last[depth] = node.val
            for child in (node.left, node.right):
                if child is not None:
                    queue.append((child, depth + 1))
        return [last[d] for d in sorted(last)]
