"""Follows right children from the root: right only where every level's rightmost node is a right child."""


class Solution:
    def rightSideView(self, root):
        view = []
        while root:
            view.append(root.val)
            root = root.right
        return view
