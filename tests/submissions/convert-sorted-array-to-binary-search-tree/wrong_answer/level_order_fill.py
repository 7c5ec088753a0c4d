"""Fills the sorted values into a complete tree in level order (the node at index i has children 2i+1, 2i+2):
perfectly balanced, but the root holds the smallest value, so it is not a BST."""


class Solution:
    def sortedArrayToBST(self, nums):
        nodes = [TreeNode(v) for v in nums]
        for i, node in enumerate(nodes):
            if 2 * i + 1 < len(nodes):
                node.left = nodes[2 * i + 1]
            if 2 * i + 2 < len(nodes):
                node.right = nodes[2 * i + 2]
        return nodes[0]
