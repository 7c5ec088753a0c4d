"""Prefix sums with collections.Counter and an explicit stack; the exit marker undoes a node's running sum."""
from collections import Counter
from typing import Optional


class Solution:
    def pathSum(self, root: Optional["TreeNode"], targetSum: int) -> int:
        seen, total = Counter({0: 1}), 0
        stack = [(root, 0)] if root else []
        while stack:
            node, s = stack.pop()
            if node is None:  # exit marker: s is the sum to undo
                seen[s] -= 1
                continue
            s += node.val
            total += seen[s - targetSum]
            seen[s] += 1
            stack.append((None, s))
            stack += [(c, s) for c in (node.right, node.left) if c]
        return total
