"""The follow-up's order-statistic descent: every node's subtree size computed once, bottom-up without recursion,
then one walk down from the root, left when k fits in the left subtree, right with k reduced by the left size and
the node. O(n) to size, O(h) to descend. Accepted."""


class Solution:
    def kthSmallest(self, root, k):
        order, stack = [], [root]
        while stack:
            node = stack.pop()
            order.append(node)
            stack += [child for child in (node.left, node.right) if child]
        size = {None: 0}
        for node in reversed(order):  # children before parents
            size[node] = 1 + size[node.left] + size[node.right]
        node = root
        while True:
            left = size[node.left]
            if k == left + 1:
                return node.val
            if k <= left:
                node = node.left
            else:
                k -= left + 1
                node = node.right
