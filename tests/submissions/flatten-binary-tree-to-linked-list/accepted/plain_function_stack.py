"""A plain snake_case function: preorder with an explicit stack (right pushed before left), linking each popped
node to the next one popped."""


def flatten(root):
    if root is None:
        return
    stack, prev = [root], None
    while stack:
        node = stack.pop()
        if node.right:
            stack.append(node.right)
        if node.left:
            stack.append(node.left)
        if prev is not None:
            prev.left, prev.right = None, node
        prev = node
    prev.left = prev.right = None
