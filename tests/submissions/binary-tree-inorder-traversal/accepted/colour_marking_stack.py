"""The colour-marking stack that does every order with one loop: a node is pushed unvisited, and when popped so is
pushed back as right, (node, visited), left; a visited node is recorded."""


class Solution:
    def inorderTraversal(self, root):
        res, stack = [], [(root, False)]
        while stack:
            node, visited = stack.pop()
            if node is None:
                continue
            if visited:
                res.append(node.val)
            else:
                stack += [(node.right, False), (node, True), (node.left, False)]
        return res
