"""Collects the nodes in inorder (left, node, right) instead of preorder, then relinks them in that order."""


class Solution:
    def flatten(self, root):
        nodes = []

        def walk(node):
            if node:
                walk(node.left)
                nodes.append(node)
                walk(node.right)

        walk(root)
        for a, b in zip(nodes, nodes[1:] + [None]):
            a.left, a.right = None, b
