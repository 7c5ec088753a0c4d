"""Pasted from LeetCode with its annotations and no import line (Optional is implicit there): the post-order
recursion returning the straight-down gain and recording the bent sum in a nonlocal. 3 * 10^4 frames deep on a
path."""


class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = root.val

        def gain(node):
            nonlocal best
            if not node:
                return 0
            left = max(gain(node.left), 0)
            right = max(gain(node.right), 0)
            best = max(best, node.val + left + right)
            return node.val + max(left, right)

        gain(root)
        return best
