"""A plain function with the snake_case name: a BFS that checks that every level, nulls included, reads the same
both ways (the nulls keep the shape in the list)."""


def is_symmetric(root):
    level = [root]
    while any(level):
        values = [node.val if node else None for node in level]
        if values != values[::-1]:
            return False
        level = [child for node in level if node for child in (node.left, node.right)]
    return True
