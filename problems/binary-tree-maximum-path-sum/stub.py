# Definition for a binary tree node (predefined, as on LeetCode: you need not define it).
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        raise NotImplementedError("write your solution to binary-tree-maximum-path-sum here, then run `shousi run binary-tree-maximum-path-sum`")
