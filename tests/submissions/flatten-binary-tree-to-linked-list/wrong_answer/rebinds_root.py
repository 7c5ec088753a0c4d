"""Builds a new flattened list of new nodes and rebinds the local name `root` to it: the caller's tree is
unchanged (LeetCode reads the tree under the root it passed in)."""


class Solution:
    def flatten(self, root):
        values = []

        def walk(node):
            if node:
                values.append(node.val)
                walk(node.left)
                walk(node.right)

        walk(root)
        head = None
        for v in reversed(values):
            head = TreeNode(v, None, head)
        root = head
