# Definition for a binary tree node (predefined, as on LeetCode: you need not define it).
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        raise NotImplementedError("write your solution to binary-tree-right-side-view here, then run `shousi run binary-tree-right-side-view`")
