# Definition for a binary tree node (predefined, as on LeetCode: you need not define it).
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        raise NotImplementedError("write your solution to construct-binary-tree-from-preorder-and-inorder-traversal here, then run `shousi run construct-binary-tree-from-preorder-and-inorder-traversal`")
