# Definition for a binary tree node (predefined, as on LeetCode: you need not define it).
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        raise NotImplementedError("write your solution to kth-smallest-element-in-a-bst here, then run `shousi run kth-smallest-element-in-a-bst`")
