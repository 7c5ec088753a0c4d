"""The slowest approach LeetCode still accepts: serialise the left subtree in preorder (node, left, right) and the
right subtree in mirrored preorder (node, right, left), with a marker for every missing child, as strings built by
concatenation (O(n h)), and compare them."""


class Solution:
    def isSymmetric(self, root):
        def walk(node, first, second):
            if node is None:
                return "#,"
            return str(node.val) + "," + walk(getattr(node, first), first, second) + \
                walk(getattr(node, second), first, second)

        return walk(root.left, "left", "right") == walk(root.right, "right", "left")
