"""Prefix sums never decremented on the way back: the left branch's running sums stay in the count while the right
branch is walked, and match paths that do not exist."""
from collections import defaultdict


class Solution:
    def pathSum(self, root, targetSum):
        count = defaultdict(int)
        count[0] = 1

        def dfs(node, s):
            if node is None:
                return 0
            s += node.val
            found = count[s - targetSum]
            count[s] += 1
            return found + dfs(node.left, s) + dfs(node.right, s)

        return dfs(root, 0)
