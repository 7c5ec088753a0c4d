"""Diameter by heights bottom-up, without recursion: list the nodes in level order, then visit them in reverse (every
child before its parent), so that each node's height is 1 + the larger of its children's, and the longest path
turning at the node has height(left) + height(right) edges. O(n) time and space."""


class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        order = [root]
        for node in order:
            order += [child for child in (node.left, node.right) if child]
        height, best = {None: 0}, 0
        for node in reversed(order):
            left, right = height[node.left], height[node.right]
            best = max(best, left + right)
            height[node] = 1 + max(left, right)
        return best
