"""The slowest approach LeetCode still accepts: a Python list as the queue, `pop(0)` shifting every node behind
it (O(n w) in all), fine at 2000 nodes."""


class Solution:
    def levelOrder(self, root):
        if root is None:
            return []
        res, queue = [], [root]
        while queue:
            size, level = len(queue), []
            for _ in range(size):
                node = queue.pop(0)
                level.append(node.val)
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
            res.append(level)
        return res
