"""A plain function with the snake_case name: a recursive preorder, left first, carrying the depth (2000 calls
deep on the skewed cases)."""


def level_order(root):
    levels = []

    def visit(node, depth):
        if node is None:
            return
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node.val)
        visit(node.left, depth + 1)
        visit(node.right, depth + 1)

    visit(root, 0)
    return levels
