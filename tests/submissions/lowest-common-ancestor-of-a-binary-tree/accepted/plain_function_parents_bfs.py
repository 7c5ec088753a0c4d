"""A plain snake_case function: a BFS recording parents in a dict, the ancestors of p in a set, then a climb from q."""
from collections import deque


def lowest_common_ancestor(root, p, q):
    parent, queue = {root: None}, deque([root])
    while queue:
        node = queue.popleft()
        for child in (node.left, node.right):
            if child:
                parent[child] = node
                queue.append(child)
    seen = set()
    while p:
        seen.add(p)
        p = parent[p]
    while q not in seen:
        q = parent[q]
    return q
