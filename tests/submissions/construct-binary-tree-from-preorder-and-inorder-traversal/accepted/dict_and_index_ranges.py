"""LeetCode's class: a dict from value to inorder index, and a recursion on index ranges (the left subtree's size is
the root's inorder index minus the range's start). O(n), 3000 frames deep on a path."""
from typing import List, Optional


class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        where = {v: i for i, v in enumerate(inorder)}

        def build(p, lo, hi):  # preorder start, inorder range [lo, hi)
            if lo == hi:
                return None
            m = where[preorder[p]]
            k = m - lo
            return TreeNode(preorder[p], build(p + 1, lo, m), build(p + 1 + k, m + 1, hi))

        return build(0, 0, len(inorder))
