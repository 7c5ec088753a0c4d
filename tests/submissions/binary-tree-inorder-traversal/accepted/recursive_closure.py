"""The textbook recursion: a nested helper appends to one list, left, node, right (100 calls deep at most)."""


class Solution:
    def inorderTraversal(self, root):
        values = []

        def visit(node):
            if node:
                visit(node.left)
                values.append(node.val)
                visit(node.right)

        visit(root)
        return values
