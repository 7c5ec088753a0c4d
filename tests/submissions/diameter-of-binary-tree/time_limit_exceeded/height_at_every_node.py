"""The naive recursion: the diameter of a node is the largest of its children's diameters and of the path turning
at it, with each height computed by a separate walk: O(n^2) on a skewed path of 10^4 nodes (5 * 10^7 calls)."""


class Solution:
    def diameterOfBinaryTree(self, root):
        def height(node):
            return 0 if node is None else 1 + max(height(node.left), height(node.right))

        def diameter(node):
            if node is None:
                return 0
            return max(height(node.left) + height(node.right), diameter(node.left), diameter(node.right))

        return diameter(root)
