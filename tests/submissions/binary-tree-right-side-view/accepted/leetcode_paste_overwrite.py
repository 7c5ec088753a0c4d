"""Pasted from LeetCode, relying on its implicit imports (List, Optional, no import line): an iterative left-first
DFS with a stack that overwrites view[depth], so the last node seen at a depth, the rightmost, stays."""


class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        view: List[int] = []
        stack = [(root, 0)] if root else []
        while stack:
            node, depth = stack.pop()
            if depth == len(view):
                view.append(node.val)
            else:
                view[depth] = node.val
            for child in (node.right, node.left):  # the left one popped first
                if child:
                    stack.append((child, depth + 1))
        return view
