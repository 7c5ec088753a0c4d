"""Pasted from LeetCode with no import line (LeetCode imports collections' names implicitly): recursive prefix sums
in a defaultdict, incremented on the way down and decremented on the way back."""


class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> int:
        count = defaultdict(int)
        count[0] = 1

        def dfs(node, s):
            if not node:
                return 0
            s += node.val
            found = count[s - targetSum]
            count[s] += 1
            found += dfs(node.left, s) + dfs(node.right, s)
            count[s] -= 1
            return found

        return dfs(root, 0)
