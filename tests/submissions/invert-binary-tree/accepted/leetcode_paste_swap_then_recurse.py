"""Pasted from LeetCode with its annotations and no import line (Optional is implicit there): swap first, with a
saved child, then recurse into both sides."""


class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root is None:
            return None
        saved = root.left
        root.left = root.right
        root.right = saved
        self.invertTree(root.left)
        self.invertTree(root.right)
        return root
