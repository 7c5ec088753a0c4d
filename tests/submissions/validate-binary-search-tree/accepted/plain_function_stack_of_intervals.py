"""A plain function with the snake_case name: an iterative DFS, a stack of (node, low, high) with float infinities
as the starting bounds."""


def is_valid_bst(root):
    stack = [(root, float("-inf"), float("inf"))]
    while stack:
        node, low, high = stack.pop()
        if not low < node.val < high:
            return False
        if node.left:
            stack.append((node.left, low, node.val))
        if node.right:
            stack.append((node.right, node.val, high))
    return True
