"""The shared-pointer method with the pointer in an int argument: each call gets a copy, so after the left subtree
is built the right one starts from the parent's position + 1 again instead of after the left subtree."""


class Solution:
    def buildTree(self, preorder, inorder):
        where = {v: i for i, v in enumerate(inorder)}

        def build(p, lo, hi):
            if lo > hi or p >= len(preorder):
                return None
            value = preorder[p]
            node = TreeNode(value)
            m = where[value]
            if not lo <= m <= hi:
                return None
            node.left = build(p + 1, lo, m - 1)
            node.right = build(p + 1, m + 1, hi)
            return node

        return build(0, 0, len(inorder) - 1)
