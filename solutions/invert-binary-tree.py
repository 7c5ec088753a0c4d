"""Invert in place, breadth first: swap the two children of every node. O(n) time, O(w) extra space, no
recursion."""


class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        level = [root] if root else []
        while level:
            for node in level:
                node.left, node.right = node.right, node.left
            level = [child for node in level for child in (node.left, node.right) if child]
        return root
