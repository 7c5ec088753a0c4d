"""Ignores inorder and inserts the preorder values into a binary search tree (LC1008's method): right only when the
tree happens to be a search tree (a lone node, [1,null,2], a perfect tree of sorted values)."""


class Solution:
    def buildTree(self, preorder, inorder):
        root = TreeNode(preorder[0])
        for v in preorder[1:]:
            node = root
            while True:
                side = "left" if v < node.val else "right"
                if getattr(node, side) is None:
                    setattr(node, side, TreeNode(v))
                    break
                node = getattr(node, side)
        return root
