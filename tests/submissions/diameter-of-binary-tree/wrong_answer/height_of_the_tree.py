"""Returns the longest root-to-leaf path (the height in edges): right on a path from the root, wrong as soon as the
longest path turns."""


class Solution:
    def diameterOfBinaryTree(self, root):
        level, depth = [root], -1
        while level:
            depth += 1
            level = [child for node in level for child in (node.left, node.right) if child]
        return depth
