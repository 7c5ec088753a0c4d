"""Counts only the paths whose ends are leaves (or a leaf and the root above a single side): a path that stops at an
inner node, or is a single inner node, is never considered."""


class Solution:
    def maxPathSum(self, root):
        best = float("-inf")

        def down(node):  # best sum from the node down to a leaf
            nonlocal best
            if node.left is None and node.right is None:
                best = max(best, node.val)
                return node.val
            sides = [down(c) for c in (node.left, node.right) if c]
            if len(sides) == 2:
                best = max(best, node.val + sides[0] + sides[1])
            return node.val + max(sides)

        top = down(root)
        if root.left is None or root.right is None:
            best = max(best, top)
        return best
