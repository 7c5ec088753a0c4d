"""An iterative DFS pasted from LeetCode, relying on its implicit imports (Optional, List, no import line): a stack
of (node, depth) pairs, keeping the deepest pop."""


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        best, stack = 0, [(root, 1)] if root else []
        while stack:
            node, depth = stack.pop()
            best = max(best, depth)
            for child in (node.left, node.right):
                if child:
                    stack.append((child, depth + 1))
        return best
