# Definition for a binary tree node (predefined, as on LeetCode: you need not define it).
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
class Solution:
    def sortedArrayToBST(self, nums: List[int]) -> Optional[TreeNode]:
        raise NotImplementedError("write your solution to convert-sorted-array-to-binary-search-tree here, then run `shousi run convert-sorted-array-to-binary-search-tree`")
