"""The double recursion that returns as soon as a path from a node reaches the target: the longer paths through the
same node (zeros, or values that bring the sum back) are never counted."""


class Solution:
    def pathSum(self, root, targetSum):
        def down(node, remaining):
            if node is None:
                return 0
            remaining -= node.val
            if remaining == 0:
                return 1
            return down(node.left, remaining) + down(node.right, remaining)

        if root is None:
            return 0
        return down(root, targetSum) + self.pathSum(root.left, targetSum) + self.pathSum(root.right, targetSum)
