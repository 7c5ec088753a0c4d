"""A plain function with the snake_case name: an explicit post-order stack (each node pushed twice, its height
computed on the second pop), heights in a dict."""


def diameter_of_binary_tree(root):
    height, best = {None: 0}, 0
    stack = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if node is None:
            continue
        if children_done:
            left, right = height[node.left], height[node.right]
            best = max(best, left + right)
            height[node] = 1 + max(left, right)
        else:
            stack += [(node, True), (node.right, False), (node.left, False)]
    return best
