"""A plain snake_case function: an explicit post-order stack (each node pushed twice), gains in a dict."""


def max_path_sum(root):
    gain, best, stack = {None: 0}, float("-inf"), [(root, False)]
    while stack:
        node, done = stack.pop()
        if node is None:
            continue
        if not done:
            stack += [(node, True), (node.right, False), (node.left, False)]
            continue
        left, right = max(gain[node.left], 0), max(gain[node.right], 0)
        best = max(best, node.val + left + right)
        gain[node] = node.val + max(left, right)
    return best
