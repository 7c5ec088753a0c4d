"""A plain function with the snake_case name: a queue, swapping each node's children as it is taken out."""
from collections import deque


def invert_tree(root):
    queue = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            continue
        node.left, node.right = node.right, node.left
        queue.append(node.left)
        queue.append(node.right)
    return root
