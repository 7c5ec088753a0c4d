"""A recursive generator, `yield from` at each level: every value climbs through the generators above it, O(n h),
the slowest style that LeetCode still accepts at 100 nodes."""


class Solution:
    def inorderTraversal(self, root):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.val
                yield from walk(node.right)

        return list(walk(root))
