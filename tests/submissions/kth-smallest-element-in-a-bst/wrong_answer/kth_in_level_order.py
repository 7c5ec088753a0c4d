"""Takes the k-th node of a level-order walk, as if a BST's levels were sorted."""


class Solution:
    def kthSmallest(self, root, k):
        level, order = [root], []
        while level:
            order += [node.val for node in level]
            level = [child for node in level for child in (node.left, node.right) if child]
        return order[k - 1]
