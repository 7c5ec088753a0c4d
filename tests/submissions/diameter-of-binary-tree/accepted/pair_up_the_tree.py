"""Each call returns the pair (height, diameter) of its subtree: the diameter is the larger of the children's and of
the path turning here. No shared state."""


class Solution:
    def diameterOfBinaryTree(self, root):
        def go(node):
            if node is None:
                return 0, 0
            (lh, ld), (rh, rd) = go(node.left), go(node.right)
            return 1 + max(lh, rh), max(ld, rd, lh + rh)

        return go(root)[1]
