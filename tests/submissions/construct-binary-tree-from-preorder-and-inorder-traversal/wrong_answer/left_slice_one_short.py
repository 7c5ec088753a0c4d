"""The slicing version with the left subtree's preorder cut one value short (`preorder[1:m]`) and the right one
started a value early (`preorder[m:]`): the last value of each left subtree moves into the right one."""


class Solution:
    def buildTree(self, preorder, inorder):
        if not preorder or not inorder:
            return None
        root = TreeNode(preorder[0])
        m = inorder.index(preorder[0]) if preorder[0] in inorder else 0
        root.left = self.buildTree(preorder[1:m], inorder[:m])
        root.right = self.buildTree(preorder[m:] if m else preorder[1:], inorder[m + 1:])
        return root
