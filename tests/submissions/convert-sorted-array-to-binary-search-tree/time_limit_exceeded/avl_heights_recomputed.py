"""AVL insertions with no stored heights: every node on the way back up measures its subtrees' heights by walking
them whole, O(n) per insertion near the root, O(n^2) for 10^4 values (about 10^8 node visits)."""


class Solution:
    def sortedArrayToBST(self, nums):
        def height(node):
            return 0 if node is None else 1 + max(height(node.left), height(node.right))

        def rotate_right(node):
            top = node.left
            node.left, top.right = top.right, node
            return top

        def rotate_left(node):
            top = node.right
            node.right, top.left = top.left, node
            return top

        def insert(node, v):
            if node is None:
                return TreeNode(v)
            if v < node.val:
                node.left = insert(node.left, v)
            else:
                node.right = insert(node.right, v)
            balance = height(node.left) - height(node.right)
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
