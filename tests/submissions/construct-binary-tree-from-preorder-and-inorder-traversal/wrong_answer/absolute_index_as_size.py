"""Index ranges with the left subtree's size taken as the root's absolute inorder index `m` instead of `m - lo`:
right on every range that starts at 0 (the left spine), wrong once a right subtree has a left part."""


class Solution:
    def buildTree(self, preorder, inorder):
        where = {v: i for i, v in enumerate(inorder)}

        def build(p, lo, hi):
            if lo >= hi or p >= len(preorder):
                return None
            m = where.get(preorder[p], lo)
            if not lo <= m < hi:
                return None
            return TreeNode(preorder[p], build(p + 1, lo, m), build(p + 1 + m, m + 1, hi))

        return build(0, 0, len(inorder))
