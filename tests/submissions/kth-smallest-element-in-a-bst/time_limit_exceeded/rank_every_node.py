"""For each node in level order, counts the tree's values smaller than it by walking the whole tree, and returns the
node with k - 1 smaller values: O(n^2) walks, 10^8 visits on 10^4 nodes."""


class Solution:
    def kthSmallest(self, root, k):
        def smaller(node, v):
            return 0 if node is None else (node.val < v) + smaller(node.left, v) + smaller(node.right, v)

        level = [root]
        while level:
            for node in level:
                if smaller(root, node.val) == k - 1:
                    return node.val
            level = [child for node in level for child in (node.left, node.right) if child]
