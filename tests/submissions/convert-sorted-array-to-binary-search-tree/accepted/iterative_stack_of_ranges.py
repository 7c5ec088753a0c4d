"""Without recursion: a stack of (node, lo, hi) tasks, each node created with its value and its children's ranges
pushed, attached on the way."""


class Solution:
    def sortedArrayToBST(self, nums):
        def middle(lo, hi):
            return (lo + hi) // 2

        root = TreeNode(nums[middle(0, len(nums) - 1)])
        stack = [(root, 0, len(nums) - 1)]
        while stack:
            node, lo, hi = stack.pop()
            mid = middle(lo, hi)
            if lo <= mid - 1:
                node.left = TreeNode(nums[middle(lo, mid - 1)])
                stack.append((node.left, lo, mid - 1))
            if mid + 1 <= hi:
                node.right = TreeNode(nums[middle(mid + 1, hi)])
                stack.append((node.right, mid + 1, hi))
        return root
