"""A plain function with the snake_case name: a BFS with a deque, one round per level, keeping the round's last
node."""
from collections import deque


def right_side_view(root):
    if root is None:
        return []
    view, queue = [], deque([root])
    while queue:
        for i in range(len(queue)):
            node = queue.popleft()
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        view.append(node.val)
    return view
