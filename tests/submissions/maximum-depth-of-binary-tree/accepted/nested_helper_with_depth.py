"""A recursive helper that carries the depth down and records it at each leaf (a top-down DFS, a closure over a
nonlocal maximum)."""


class Solution:
    def maxDepth(self, root):
        best = 0

        def go(node, depth):
            nonlocal best
            if node is None:
                return
            if node.left is None and node.right is None:
                best = max(best, depth)
            go(node.left, depth + 1)
            go(node.right, depth + 1)

        go(root, 1)
        return best
