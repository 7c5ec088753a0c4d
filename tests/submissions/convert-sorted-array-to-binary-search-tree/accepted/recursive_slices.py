"""The textbook recursion on slices (nums[:mid], nums[mid + 1:]; O(n log n) copying), the right middle for an even
length, with the TreeNode definition pasted from LeetCode's comment (it shadows the predefined one harmlessly)."""
from typing import List, Optional


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class Solution:
    def sortedArrayToBST(self, nums: List[int]) -> Optional[TreeNode]:
        if not nums:
            return None
        mid = len(nums) // 2
        return TreeNode(nums[mid], self.sortedArrayToBST(nums[:mid]), self.sortedArrayToBST(nums[mid + 1:]))
