"""Sorts the nodes by their preorder position, recomputing that position with a walk from the root at every
comparison: O(n^2 log n) node visits, hopeless at 2000 nodes."""
from functools import cmp_to_key


class Solution:
    def flatten(self, root):
        if root is None:
            return

        def position(target):
            count, stack = 0, [root]
            while stack:
                node = stack.pop()
                if node is target:
                    return count
                count += 1
                stack += [c for c in (node.right, node.left) if c]
            return count

        nodes, stack = [], [root]
        while stack:
            node = stack.pop()
            nodes.append(node)
            stack += [c for c in (node.left, node.right) if c]
        nodes.sort(key=cmp_to_key(lambda a, b: position(a) - position(b)))
        for a, b in zip(nodes, nodes[1:] + [None]):
            a.left, a.right = None, b
