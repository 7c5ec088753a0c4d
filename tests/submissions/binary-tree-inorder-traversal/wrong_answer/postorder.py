"""Records the node after both subtrees: postorder (right on a path of left children only)."""


class Solution:
    def inorderTraversal(self, root):
        res = []

        def visit(node):
            if node:
                visit(node.left)
                visit(node.right)
                res.append(node.val)

        visit(root)
        return res
