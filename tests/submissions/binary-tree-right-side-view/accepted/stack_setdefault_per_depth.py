"""An explicit stack of (node, depth) pairs with the left child pushed before the right, so the right one is popped
first: the first node popped at each depth is the rightmost, kept with dict.setdefault. O(n), no recursion.
Accepted."""


class Solution:
    def rightSideView(self, root):
        first = {}
        stack = [(root, 0)] if root else []
        while stack:
            node, depth = stack.pop()
            first.setdefault(depth, node.val)
            if node.left:
                stack.append((node.left, depth + 1))
            if node.right:
                stack.append((node.right, depth + 1))
        return [first[depth] for depth in range(len(first))]
