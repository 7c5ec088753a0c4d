"""Pasted from LeetCode, relying on its implicit imports (Optional, no import line): the running best kept on
`self`, heights counted in edges (-1 for None), so a turn adds 2."""


class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        self.best = 0
        self.depth(root)
        return self.best

    def depth(self, node: Optional[TreeNode]) -> int:
        if not node:
            return -1
        left, right = self.depth(node.left), self.depth(node.right)
        self.best = max(self.best, left + right + 2)
        return max(left, right) + 1
