"""Pasted from LeetCode with its annotations and no import line (Optional is implicit there): the O(1)-space
rewiring, finding the predecessor of each right subtree as the rightmost node of the left one."""


class Solution:
    def flatten(self, root: Optional[TreeNode]) -> None:
        """
        Do not return anything, modify root in-place instead.
        """
        cur = root
        while cur:
            if cur.left:
                pre = cur.left
                while pre.right:
                    pre = pre.right
                pre.right = cur.right
                cur.right = cur.left
                cur.left = None
            cur = cur.right
