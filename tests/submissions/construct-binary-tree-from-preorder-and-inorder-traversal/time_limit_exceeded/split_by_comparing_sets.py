"""Finds the left subtree's size by trying every k and comparing the sets of the first k values of both lists:
O(n^2) work per level, O(n^3) on a path of 3000 nodes."""


class Solution:
    def buildTree(self, preorder, inorder):
        if not preorder:
            return None
        n = len(preorder)
        for k in range(n):
            if set(preorder[1:k + 1]) == set(inorder[:k]) and inorder[k] == preorder[0]:
                break
        root = TreeNode(preorder[0])
        root.left = self.buildTree(preorder[1:k + 1], inorder[:k])
        root.right = self.buildTree(preorder[k + 1:], inorder[k + 1:])
        return root
