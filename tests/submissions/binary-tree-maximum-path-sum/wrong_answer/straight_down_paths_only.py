"""Only straight-down paths: the record is val + max(left, right), never val + left + right, so a path that
goes up to a node and down its other side (example 1's 2 -> 1 -> 3) is missed."""
class Solution:
    def maxPathSum(self, root):
        best = [float('-inf')]
        def g(n):
            if not n: return 0
            l = max(0, g(n.left)); r = max(0, g(n.right))
            v = n.val + max(l, r)
            best[0] = max(best[0], v)
            return v
        g(root); return best[0]
