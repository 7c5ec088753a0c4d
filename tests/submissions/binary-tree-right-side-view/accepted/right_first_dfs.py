"""A recursive DFS that visits the right child first and records the first node reached at each depth, with the
TreeNode definition pasted from LeetCode's comment (it shadows the predefined one harmlessly)."""
from typing import List, Optional


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        view = []

        def go(node, depth):
            if node is None:
                return
            if depth == len(view):
                view.append(node.val)
            go(node.right, depth + 1)
            go(node.left, depth + 1)

        go(root, 0)
        return view
