"""A shared preorder pointer kept on the instance, a dict for the inorder positions, and the inorder bounds as
arguments; the left subtree built before the right."""


class Solution:
    def buildTree(self, preorder, inorder):
        self.p = 0
        where = {v: i for i, v in enumerate(inorder)}

        def build(lo, hi):
            if lo > hi:
                return None
            value = preorder[self.p]
            self.p += 1
            node = TreeNode(value)
            node.left = build(lo, where[value] - 1)
            node.right = build(where[value] + 1, hi)
            return node

        return build(0, len(inorder) - 1)
