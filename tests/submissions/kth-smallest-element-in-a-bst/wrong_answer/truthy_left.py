"""Passes the answer up with `if left:`: when the answer is 0 it is read as not found, and the walk goes on."""


class Solution:
    def kthSmallest(self, root, k):
        count = 0

        def find(node):
            nonlocal count
            if node is None:
                return None
            left = find(node.left)
            if left:
                return left
            count += 1
            if count == k:
                return node.val
            return find(node.right)

        return find(root)
