"""Updates the best only at nodes with two children and at the root, which looks like only_at_two_children.py's
mistake but is right: a path turning at a one-child node n is beaten by one edge more through n's parent, and so on
up to a fork or to the root, both of which are counted. Accepted."""


class Solution:
    def diameterOfBinaryTree(self, root):
        best = 0

        def height(node):
            nonlocal best
            if not node:
                return 0
            left, right = height(node.left), height(node.right)
            if node.left and node.right or node is root:
                best = max(best, left + right)
            return 1 + max(left, right)

        height(root)
        return best
