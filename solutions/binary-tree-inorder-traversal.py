"""Inorder with an explicit stack: go left as far as possible, pushing each node; pop one, record it, and continue
from its right child. O(n) time, O(h) extra space, no recursion."""


class Solution:
    def inorderTraversal(self, root: Optional[TreeNode]) -> List[int]:
        values, stack, node = [], [], root
        while node or stack:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            values.append(node.val)
            node = node.right
        return values
