# Definition for a binary tree node (predefined, as on LeetCode: you need not define it).
# class TreeNode:
#     def __init__(self, x):
#         self.val = x
#         self.left = None
#         self.right = None

class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        raise NotImplementedError("write your solution to lowest-common-ancestor-of-a-binary-tree here, then run `shousi run lowest-common-ancestor-of-a-binary-tree`")
