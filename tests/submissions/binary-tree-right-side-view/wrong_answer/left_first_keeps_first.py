"""A DFS that visits the left child first and keeps the first node reached at each depth: the left view."""


class Solution:
    def rightSideView(self, root):
        view = []

        def go(node, depth):
            if node:
                if depth == len(view):
                    view.append(node.val)
                go(node.left, depth + 1)
                go(node.right, depth + 1)

        go(root, 0)
        return view
