"""Updates the best only at nodes with two children, as if a path had to join two leaves: a path ending at a
one-child node (the root of [1,2], any skewed path) is never counted."""


class Solution:
    def diameterOfBinaryTree(self, root):
        best = 0

        def height(node):
            nonlocal best
            if node is None:
                return 0
            left, right = height(node.left), height(node.right)
            if node.left and node.right:
                best = max(best, left + right)
            return 1 + max(left, right)

        height(root)
        return best
