"""Collect the nodes in preorder (recursively) into a list, then relink them one after another: O(n) extra space,
the first answer most people give."""
from typing import List, Optional


class Solution:
    def flatten(self, root: Optional[TreeNode]) -> None:
        nodes: List[TreeNode] = []

        def walk(node):
            if node:
                nodes.append(node)
                walk(node.left)
                walk(node.right)

        walk(root)
        for a, b in zip(nodes, nodes[1:] + [None]):
            a.left, a.right = None, b
