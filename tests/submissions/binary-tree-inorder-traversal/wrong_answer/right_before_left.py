"""Visits the right subtree first: the inorder of the mirrored tree, the right answer reversed."""


class Solution:
    def inorderTraversal(self, root):
        res, stack, cur = [], [], root
        while cur or stack:
            while cur:
                stack.append(cur)
                cur = cur.right
            cur = stack.pop()
            res.append(cur.val)
            cur = cur.left
        return res
