"""A shared preorder pointer with the two recursive calls in the wrong order: the right subtree is built first, so
it takes the values that belong to the left subtree (the order LC106, postorder, needs, not preorder)."""


class Solution:
    def buildTree(self, preorder, inorder):
        where = {v: i for i, v in enumerate(inorder)}
        self.p = 0

        def build(lo, hi):
            if lo > hi or self.p >= len(preorder):
                return None
            value = preorder[self.p]
            self.p += 1
            node = TreeNode(value)
            node.right = build(where[value] + 1, hi)
            node.left = build(lo, where[value] - 1)
            return node

        return build(0, len(inorder) - 1)
