"""Counts the nodes in preorder (node, left, right) instead of inorder: the root is counted before its smaller left
subtree."""


class Solution:
    def kthSmallest(self, root, k):
        stack = [root]
        while stack:
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            stack += [child for child in (node.right, node.left) if child]
