"""A plain function with the snake_case name: breadth-first, one round of the queue per level."""
from collections import deque


def max_depth(root):
    if not root:
        return 0
    queue, depth = deque([root]), 0
    while queue:
        depth += 1
        for _ in range(len(queue)):
            node = queue.popleft()
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
    return depth
