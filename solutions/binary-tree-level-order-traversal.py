"""Level order with a queue: each round takes exactly the nodes of one level (the queue's length when the round
starts), left to right, and queues their children. O(n) time, O(w) extra space."""


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels, queue = [], deque([root] if root else [])
        while queue:
            level = []
            for _ in range(len(queue)):
                node = queue.popleft()
                level.append(node.val)
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
            levels.append(level)
        return levels
