"""The slowest approach LeetCode still accepts: insert the values one by one into an AVL tree (heights kept in a dict,
rotations when a node's subtrees differ by 2), O(n log n). Its shape is not the middle-split one, and it is
height-balanced all the same."""


class Solution:
    def sortedArrayToBST(self, nums):
        height = {None: 0}

        def fix(node):
            height[node] = 1 + max(height[node.left], height[node.right])
            return node

        def rotate_right(node):
            top = node.left
            node.left, top.right = top.right, node
            fix(node)
            return fix(top)

        def rotate_left(node):
            top = node.right
            node.right, top.left = top.left, node
            fix(node)
            return fix(top)

        def insert(node, v):
            if node is None:
                return fix(TreeNode(v))
            if v < node.val:
                node.left = insert(node.left, v)
            else:
                node.right = insert(node.right, v)
            fix(node)
            balance = height[node.left] - height[node.right]
            if balance > 1:
                if v > node.left.val:
                    node.left = rotate_left(node.left)
                return rotate_right(node)
            if balance < -1:
                if v < node.right.val:
                    node.right = rotate_right(node.right)
                return rotate_left(node)
            return node

        root = None
        for v in nums:
            root = insert(root, v)
        return root
