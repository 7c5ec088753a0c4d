"""Prefix sums with count[s] incremented before count[s - targetSum] is read: with target 0 every node matches
its own running sum, the empty path, and is counted once too often."""
from collections import defaultdict
class Solution:
    def pathSum(self, root, targetSum):
        cnt = defaultdict(int); cnt[0] = 1
        def go(n, s):
            if not n: return 0
            s += n.val
            cnt[s] += 1
            r = cnt[s - targetSum]
            r += go(n.left, s) + go(n.right, s)
            cnt[s] -= 1
            return r
        return go(root, 0)
