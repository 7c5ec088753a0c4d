"""The slowest approach LeetCode still accepts: every value by a BFS on a list used as a queue (`pop(0)`), sorted,
the BST order ignored."""


class Solution:
    def kthSmallest(self, root, k):
        values, queue = [], [root]
        while queue:
            node = queue.pop(0)
            values.append(node.val)
            queue += [child for child in (node.left, node.right) if child]
        return sorted(values)[k - 1]
