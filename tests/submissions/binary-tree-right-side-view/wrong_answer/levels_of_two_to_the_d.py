"""A BFS without real level boundaries: it pops 2^d nodes as level d, as if every level were full, and keeps the
last one popped: on a level that is not full it goes on into the next."""
from collections import deque


class Solution:
    def rightSideView(self, root):
        if root is None:
            return []
        view, queue, width = [], deque([root]), 1
        while queue:
            node = None
            for _ in range(width):
                if not queue:
                    break
                node = queue.popleft()
                queue.extend(child for child in (node.left, node.right) if child)
            view.append(node.val)
            width *= 2
        return view
