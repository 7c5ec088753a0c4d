"""No queue at all: the current level as a list of nodes, the next one built from their children."""


class Solution:
    def levelOrder(self, root):
        res, level = [], [root] if root else []
        while level:
            res.append([node.val for node in level])
            level = [kid for node in level for kid in (node.left, node.right) if kid]
        return res
