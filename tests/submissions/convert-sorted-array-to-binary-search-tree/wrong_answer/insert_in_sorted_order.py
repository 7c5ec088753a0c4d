"""Inserts the values into a plain BST in the order given: sorted input makes every value the right child of the one
before, a chain as tall as nums is long (and O(n^2) to build)."""


class Solution:
    def sortedArrayToBST(self, nums):
        root = None
        for v in nums:
            if root is None:
                root = TreeNode(v)
                continue
            node = root
            while True:
                side = "left" if v < node.val else "right"
                child = getattr(node, side)
                if child is None:
                    setattr(node, side, TreeNode(v))
                    break
                node = child
        return root
