"""Prefix sums without the `{0: 1}` seed: a path that starts at the root has no ancestor sum to match, so every
one of them is missed."""
from collections import defaultdict


class Solution:
    def pathSum(self, root, targetSum):
        count = defaultdict(int)

        def dfs(node, s):
            if node is None:
                return 0
            s += node.val
            found = count[s - targetSum]
            count[s] += 1
            found += dfs(node.left, s) + dfs(node.right, s)
            count[s] -= 1
            return found

        return dfs(root, 0)
