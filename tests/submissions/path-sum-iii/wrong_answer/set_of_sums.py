"""Prefix sums in a set instead of a count: a running sum reached by several ancestors (zeros on the path) counts
once."""


class Solution:
    def pathSum(self, root, targetSum):
        seen = {0}

        def dfs(node, s):
            if node is None:
                return 0
            s += node.val
            found = int(s - targetSum in seen)
            added = s not in seen
            seen.add(s)
            found += dfs(node.left, s) + dfs(node.right, s)
            if added:
                seen.discard(s)
            return found

        return dfs(root, 0)
