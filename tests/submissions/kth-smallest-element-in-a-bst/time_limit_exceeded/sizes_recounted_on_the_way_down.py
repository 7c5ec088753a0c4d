"""The order-statistic descent with each left subtree's size counted again at every step down: fine on a balanced
tree (O(n) in all), but on the 10^4-node left path with k = 1 it counts 10^4 - 1, then 10^4 - 2, ... nodes,
O(n^2) = 5 * 10^7 visits. Time limit exceeded (the sizes must be computed once: subtree_sizes_then_descend.py)."""


class Solution:
    def kthSmallest(self, root, k):
        def size(node):
            return 0 if node is None else 1 + size(node.left) + size(node.right)

        node = root
        while node:
            left = size(node.left)
            if k == left + 1:
                return node.val
            if k <= left:
                node = node.left
            else:
                k -= left + 1
                node = node.right
