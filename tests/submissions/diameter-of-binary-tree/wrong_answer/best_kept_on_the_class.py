"""The running best kept as a class attribute, Solution.best, which is never reset: the judge calls the method once
per case in one process, as LeetCode does, so a later tree reports an earlier tree's larger diameter. Wrong answer."""


class Solution:
    best = 0

    def diameterOfBinaryTree(self, root):
        def height(node):
            if not node:
                return 0
            left, right = height(node.left), height(node.right)
            Solution.best = max(Solution.best, left + right)
            return 1 + max(left, right)

        height(root)
        return Solution.best
