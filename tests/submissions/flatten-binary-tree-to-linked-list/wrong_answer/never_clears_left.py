"""Moves each left subtree to the right but never sets `left` to None: the moved subtree is reached twice (LeetCode
rejects it; the adapter names the node whose left is still set)."""


class Solution:
    def flatten(self, root):
        cur = root
        while cur:
            if cur.left:
                pre = cur.left
                while pre.right:
                    pre = pre.right
                pre.right = cur.right
                cur.right = cur.left
            cur = cur.right
