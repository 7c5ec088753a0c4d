# Definition for a binary tree node (predefined, as on LeetCode: you need not define it).
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        raise NotImplementedError("write your solution to diameter-of-binary-tree here, then run `shousi run diameter-of-binary-tree`")
