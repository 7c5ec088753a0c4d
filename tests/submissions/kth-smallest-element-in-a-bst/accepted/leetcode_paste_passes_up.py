"""Pasted from LeetCode, relying on its implicit imports (Optional, no import line): the recursion returns the answer
once found (tested with `is not None`, so a 0 survives) and counts in `self.k`."""


class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        self.k = k
        return self.find(root)

    def find(self, node: Optional[TreeNode]) -> Optional[int]:
        if node is None:
            return None
        left = self.find(node.left)
        if left is not None:
            return left
        self.k -= 1
        if self.k == 0:
            return node.val
        return self.find(node.right)
