"""Pasted from LeetCode, relying on its implicit imports (Optional and math's inf, no import line): a recursive
inorder walk keeping the previous value on self, starting at -inf."""


class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        self.prev = -inf
        return self.walk(root)

    def walk(self, node: Optional[TreeNode]) -> bool:
        if not node:
            return True
        if not self.walk(node.left):
            return False
        if node.val <= self.prev:
            return False
        self.prev = node.val
        return self.walk(node.right)
