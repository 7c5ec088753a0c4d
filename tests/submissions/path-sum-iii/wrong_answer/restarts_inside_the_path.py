"""One recursion that both continues the path and restarts it at every child: a path that starts below the root is
reached once per ancestor above its start, so it is counted several times."""


class Solution:
    def pathSum(self, root, targetSum):
        def dfs(node, remaining):
            if node is None:
                return 0
            remaining -= node.val
            found = int(remaining == 0)
            found += dfs(node.left, remaining) + dfs(node.right, remaining)
            found += dfs(node.left, targetSum) + dfs(node.right, targetSum)
            return found

        return dfs(root, targetSum)
