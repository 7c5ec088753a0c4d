"""Prefix sums on the root-to-node path, without recursion: an explicit stack walks the tree, each node entered
with the running sum from the root; `seen` counts the running sums of the node's ancestors (and the empty prefix, 0),
so the paths that end at a node and sum to targetSum are `seen[s - targetSum]`. A node's sum is counted while its
subtree is walked and removed when the walk leaves it. O(n) time, O(h) space."""


class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> int:
        seen, count = {0: 1}, 0
        stack = [(root, 0, False)] if root else []
        while stack:
            node, s, leaving = stack.pop()
            if leaving:
                seen[s] -= 1
                continue
            s += node.val
            count += seen.get(s - targetSum, 0)
            seen[s] = seen.get(s, 0) + 1
            stack.append((node, s, True))
            for child in (node.right, node.left):
                if child:
                    stack.append((child, s, False))
        return count
