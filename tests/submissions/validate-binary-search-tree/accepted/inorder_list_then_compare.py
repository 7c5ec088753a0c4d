"""The slowest approach LeetCode still accepts: the whole inorder walk into a list, then compared with its sorted
set (strictly increasing means no duplicates and already sorted), O(n log n)."""


class Solution:
    def isValidBST(self, root):
        values, stack, node = [], [], root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            values.append(node.val)
            node = node.right
        return values == sorted(set(values))
