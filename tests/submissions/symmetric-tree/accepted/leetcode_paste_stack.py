"""An iterative version pasted from LeetCode, relying on its implicit imports (Optional, no import line): a stack of
pairs that must mirror each other, two nodes pushed at a time."""


class Solution:
    def isSymmetric(self, root: Optional[TreeNode]) -> bool:
        stack = [root.left, root.right]
        while stack:
            b, a = stack.pop(), stack.pop()
            if not a and not b:
                continue
            if not a or not b or a.val != b.val:
                return False
            stack += [a.left, b.right, a.right, b.left]
        return True
