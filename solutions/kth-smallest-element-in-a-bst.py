"""Kth smallest by an iterative inorder walk: push the left spine, pop the smallest node not yet visited, count it,
then push the left spine of its right child; stop at the k-th pop. O(h + k) time, O(h) extra space, no recursion."""


class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        stack, node = [], root
        while True:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            node = node.right
