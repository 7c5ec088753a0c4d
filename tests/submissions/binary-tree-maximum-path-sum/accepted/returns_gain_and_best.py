"""A pure recursion with no outer state: each call returns (gain, best inside the subtree), the best of the subtree
being the larger of its children's bests and the path with the node on top."""


class Solution:
    def maxPathSum(self, root):
        def go(node):
            if node is None:
                return 0, float("-inf")
            lg, lb = go(node.left)
            rg, rb = go(node.right)
            lg, rg = max(lg, 0), max(rg, 0)
            return node.val + max(lg, rg), max(lb, rb, node.val + lg + rg)

        return go(root)[1]
