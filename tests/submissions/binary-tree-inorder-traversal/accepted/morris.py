"""Morris traversal, O(1) extra space: thread each node's inorder predecessor to it, and cut the thread on the
way back, so that the tree ends as it began."""


class Solution:
    def inorderTraversal(self, root):
        res, cur = [], root
        while cur:
            if cur.left is None:
                res.append(cur.val)
                cur = cur.right
                continue
            pred = cur.left
            while pred.right and pred.right is not cur:
                pred = pred.right
            if pred.right is None:
                pred.right = cur
                cur = cur.left
            else:
                pred.right = None
                res.append(cur.val)
                cur = cur.right
        return res
