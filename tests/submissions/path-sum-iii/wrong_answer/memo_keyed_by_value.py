"""The double recursion with the paths-from-a-node count memoised by (value, remaining sum) instead of by node:
two nodes with the same value and the same remaining sum share an answer, though their subtrees differ."""
class Solution:
    def pathSum(self, root, targetSum):
        memo = {}
        def from_(n, r):
            if not n: return 0
            k = (n.val, r)
            if k in memo: return memo[k]
            r2 = r - n.val
            v = int(r2 == 0) + from_(n.left, r2) + from_(n.right, r2)
            memo[k] = v
            return v
        def go(n):
            if not n: return 0
            return from_(n, targetSum) + go(n.left) + go(n.right)
        return go(root)
