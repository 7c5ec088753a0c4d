"""The O(n^2) double recursion: the paths starting at each node (the remaining sum carried down), summed over every
node. 500500 calls on the path of 1000 nodes: the slowest approach LeetCode still accepts."""


class Solution:
    def pathSum(self, root, targetSum):
        def starting_at(node, remaining):
            if node is None:
                return 0
            remaining -= node.val
            return (remaining == 0) + starting_at(node.left, remaining) + starting_at(node.right, remaining)

        if root is None:
            return 0
        return starting_at(root, targetSum) + self.pathSum(root.left, targetSum) + self.pathSum(root.right, targetSum)
