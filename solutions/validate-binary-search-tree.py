"""Validate a BST by an iterative inorder walk: a binary search tree's inorder values are strictly increasing, and
only then. The previous value starts as None (no sentinel that a node could hold). O(n) time, O(h) extra space,
no recursion."""


class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        stack, node, previous = [], root, None
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if previous is not None and node.val <= previous:
                return False
            previous = node.val
            node = node.right
        return True
