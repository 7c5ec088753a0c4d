"""Maximum depth by levels: a breadth-first walk that counts the levels it empties. O(n) time, O(width) extra space,
and no recursion, so a 10^4-node path costs no stack."""


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        depth, level = 0, [root] if root else []
        while level:
            depth += 1
            level = [child for node in level for child in (node.left, node.right) if child]
        return depth
