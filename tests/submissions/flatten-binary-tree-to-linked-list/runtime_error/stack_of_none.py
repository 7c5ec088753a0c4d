"""An explicit-stack preorder that starts from `[root]` without checking for the empty tree: `None.right`."""


class Solution:
    def flatten(self, root):
        stack, prev = [root], None
        while stack:
            node = stack.pop()
            if node.right:
                stack.append(node.right)
            if node.left:
                stack.append(node.left)
            if prev:
                prev.left, prev.right = None, node
            prev = node
        prev.left = None
