"""Clamps the gains in the record but hands val + the better child's raw gain up: below a node whose children
are both negative, the parent is offered less than the node alone."""
class Solution:
    def maxPathSum(self, root):
        best = [float('-inf')]
        def g(n):
            if not n: return 0
            lr, rr = g(n.left), g(n.right)
            best[0] = max(best[0], n.val + max(0, lr) + max(0, rr))
            if n.left and n.right: return n.val + max(lr, rr)
            if n.left: return n.val + lr
            if n.right: return n.val + rr
            return n.val
        g(root); return best[0]
