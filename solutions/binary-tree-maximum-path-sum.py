"""Maximum path sum without recursion: list the nodes in level order, then take them in reverse (children before
parents); each node's gain is its value plus the better of its children's gains when positive (the best path that
starts at it and goes straight down), and the best path with the node on top adds both positive gains. O(n)."""


class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        order = [root]
        for node in order:
            order += [child for child in (node.left, node.right) if child is not None]
        gain, best = {None: 0}, root.val
        for node in reversed(order):
            left, right = max(gain[node.left], 0), max(gain[node.right], 0)
            best = max(best, node.val + left + right)
            gain[node] = node.val + max(left, right)
        return best
