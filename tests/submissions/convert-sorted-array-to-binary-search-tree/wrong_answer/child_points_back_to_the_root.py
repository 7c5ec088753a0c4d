"""The midpoint tree, then the rightmost node's right pointer is set back to the root (a cycle): a node reached
twice is not a tree, and the grader says so instead of walking forever. Wrong answer."""


class Solution:
    def sortedArrayToBST(self, nums):
        def build(lo, hi):
            if lo > hi:
                return None
            mid = (lo + hi) // 2
            return TreeNode(nums[mid], build(lo, mid - 1), build(mid + 1, hi))

        root = build(0, len(nums) - 1)
        node = root
        while node.right:
            node = node.right
        if node is not root:
            node.right = root
        return root
