"""A depth-first walk carrying the depth, but into the right subtree first: the levels are right, their order
within is reversed wherever a level spans both sides."""


class Solution:
    def levelOrder(self, root):
        levels = []

        def visit(node, depth):
            if node:
                if depth == len(levels):
                    levels.append([])
                levels[depth].append(node.val)
                visit(node.right, depth + 1)
                visit(node.left, depth + 1)

        visit(root, 0)
        return levels
