"""Heights counted in edges (-1 for None) but the turn scored as left + right, forgetting the two edges down to the
children: two short on every path that turns, and a one-child root path is scored one short."""


class Solution:
    def diameterOfBinaryTree(self, root):
        best = 0

        def depth(node):
            nonlocal best
            if node is None:
                return -1
            left, right = depth(node.left), depth(node.right)
            best = max(best, left + right)
            return 1 + max(left, right)

        depth(root)
        return best
