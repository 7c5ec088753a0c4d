"""Returns the tree unchanged (a mirror of a mirror: it inverts each subtree twice): right on symmetric trees only."""


class Solution:
    def invertTree(self, root):
        def flip(node):
            if node:
                node.left, node.right = node.right, node.left
                flip(node.left)
                flip(node.right)

        flip(root)
        flip(root)
        return root
