"""stack_setdefault_per_depth.py with the pushes the other way round (right, then left), as a queue would want them:
a stack then pops the left child first, so setdefault keeps the leftmost node of each level, the left view. Wrong
answer on example 1."""


class Solution:
    def rightSideView(self, root):
        first = {}
        stack = [(root, 0)] if root else []
        while stack:
            node, depth = stack.pop()
            first.setdefault(depth, node.val)
            if node.right:
                stack.append((node.right, depth + 1))
            if node.left:
                stack.append((node.left, depth + 1))
        return list(first.values())
