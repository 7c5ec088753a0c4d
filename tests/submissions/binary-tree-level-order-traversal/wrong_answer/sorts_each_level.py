"""Sorts the values of each level, as if left to right meant smallest first."""


class Solution:
    def levelOrder(self, root):
        res, level = [], [root] if root else []
        while level:
            res.append(sorted(node.val for node in level))
            level = [kid for node in level for kid in (node.left, node.right) if kid]
        return res
