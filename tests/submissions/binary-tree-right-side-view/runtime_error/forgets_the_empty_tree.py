"""Starts the queue with the root without checking for the empty tree: `None.left`."""
from collections import deque


class Solution:
    def rightSideView(self, root):
        view, queue = [], deque([root])
        while queue:
            for _ in range(len(queue)):
                node = queue.popleft()
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
            view.append(node.val)
        return view
