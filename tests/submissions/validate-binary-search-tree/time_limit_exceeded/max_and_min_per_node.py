"""The definition taken literally: at every node, walk the whole left subtree for its maximum and the whole right
subtree for its minimum. O(n^2) on a path of 10^4 nodes (5 * 10^7 visits)."""


class Solution:
    def isValidBST(self, root):
        def values(node):
            return [] if node is None else values(node.left) + [node.val] + values(node.right)

        def valid(node):
            if node is None:
                return True
            if node.left and max(values(node.left)) >= node.val:
                return False
            if node.right and min(values(node.right)) <= node.val:
                return False
            return valid(node.left) and valid(node.right)

        return valid(root)
