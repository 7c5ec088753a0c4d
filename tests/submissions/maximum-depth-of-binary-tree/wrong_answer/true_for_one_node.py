"""The depth right everywhere, but a one-node tree answered True (as "it has depth"): True == 1 in Python, yet
LeetCode writes true, not 1, and the exact checker says 1 is not True. Wrong answer."""


class Solution:
    def maxDepth(self, root):
        def depth(node):
            return 0 if node is None else 1 + max(depth(node.left), depth(node.right))

        found = depth(root)
        return True if found == 1 else found
