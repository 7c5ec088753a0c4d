"""Flatten in place with O(1) extra space: walk down the right pointers; where a node has a left subtree, hang the
node's right subtree on that subtree's rightmost node (the last one of it in preorder), move the left subtree to
the right and clear the left. Each rightmost walk covers nodes no later walk covers again: O(n) time."""


class Solution:
    def flatten(self, root: Optional[TreeNode]) -> None:
        node = root
        while node is not None:
            if node.left is not None:
                tail = node.left
                while tail.right is not None:
                    tail = tail.right
                tail.right = node.right
                node.right, node.left = node.left, None
            node = node.right
