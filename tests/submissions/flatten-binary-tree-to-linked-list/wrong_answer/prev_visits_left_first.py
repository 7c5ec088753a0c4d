"""The `prev` trick with the visits in the wrong order (left before right): each node is linked to the wrong
successor, so the list comes out in another order."""


class Solution:
    prev = None

    def flatten(self, root):
        self.prev = None

        def go(node):
            if node is None:
                return
            go(node.left)
            go(node.right)
            node.right, node.left = self.prev, None
            self.prev = node

        go(root)
