"""Puts the middle value at the root and hangs each half below it as a chain: the root's subtrees have equal
heights, but the chains' nodes are not balanced once a half holds 3 values."""


class Solution:
    def sortedArrayToBST(self, nums):
        mid = len(nums) // 2
        root = TreeNode(nums[mid])
        node = root
        for v in reversed(nums[:mid]):  # a chain down the left, each smaller than the last
            node.left = TreeNode(v)
            node = node.left
        node = root
        for v in nums[mid + 1:]:
            node.right = TreeNode(v)
            node = node.right
        return root
