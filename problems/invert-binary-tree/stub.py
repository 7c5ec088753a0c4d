# Definition for a binary tree node (predefined, as on LeetCode: you need not define it).
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        raise NotImplementedError("write your solution to invert-binary-tree here, then run `shousi run invert-binary-tree`")
