"""Hangs the old right subtree on the left child itself instead of on the left subtree's rightmost node: whatever
was on the left child's right is overwritten and lost."""


class Solution:
    def flatten(self, root):
        cur = root
        while cur:
            if cur.left:
                cur.left.right = cur.right
                cur.right, cur.left = cur.left, None
            cur = cur.right
