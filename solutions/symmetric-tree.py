"""Symmetric Tree with a queue of pairs that must be mirror images: the outer pair (a.left, b.right) and the inner
pair (a.right, b.left) of each matched pair. O(n) time, no recursion."""
from collections import deque


class Solution:
    def isSymmetric(self, root: Optional[TreeNode]) -> bool:
        pairs = deque([(root.left, root.right)])
        while pairs:
            a, b = pairs.popleft()
            if a is None and b is None:
                continue
            if a is None or b is None or a.val != b.val:
                return False
            pairs.append((a.left, b.right))
            pairs.append((a.right, b.left))
        return True
