"""Not divide and conquer: the nodes are linked as a complete binary tree (children of i at 2i+1 and 2i+2), and the
sorted values are then written into them by an inorder walk. A complete tree is height-balanced and the inorder fill
makes it a BST, so the tree differs from the midpoint one but is accepted (the level-order fill without the inorder
walk is the wrong_answer level_order_fill.py)."""


class Solution:
    def sortedArrayToBST(self, nums):
        n = len(nums)
        nodes = [TreeNode() for _ in range(n)]
        for i in range(n):
            if 2 * i + 1 < n:
                nodes[i].left = nodes[2 * i + 1]
            if 2 * i + 2 < n:
                nodes[i].right = nodes[2 * i + 2]
        values = iter(nums)

        def fill(i):
            if i < n:
                fill(2 * i + 1)
                nodes[i].val = next(values)
                fill(2 * i + 2)

        fill(0)
        return nodes[0]
