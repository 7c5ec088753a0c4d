"""Starts with the root on the stack and loops `while stack`: once the root is popped the stack is empty, so the
loop ends before the root's right subtree is walked."""


class Solution:
    def inorderTraversal(self, root):
        if root is None:
            return []
        res, stack, cur = [], [root], root.left
        while stack:
            while cur:
                stack.append(cur)
                cur = cur.left
            cur = stack.pop()
            res.append(cur.val)
            cur = cur.right
        return res
