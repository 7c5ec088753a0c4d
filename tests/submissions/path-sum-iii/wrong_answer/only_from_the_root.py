"""Counts only the paths that start at the root (any end): the second half of the double recursion is missing."""


class Solution:
    def pathSum(self, root, targetSum):
        def down(node, remaining):
            if node is None:
                return 0
            remaining -= node.val
            return (remaining == 0) + down(node.left, remaining) + down(node.right, remaining)

        return down(root, targetSum)
