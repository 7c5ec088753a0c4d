"""An inorder walk that returns the value at index k of the walk, taking k as 0-based: the (k+1)-th smallest (and an
IndexError at k = n, caught as the value of the last node)."""


class Solution:
    def kthSmallest(self, root, k):
        stack, node, seen = [], root, []
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            seen.append(node.val)
            node = node.right
        return seen[min(k, len(seen) - 1)]
