"""Takes the middle of inorder as every subtree's root (as when building a balanced BST from a sorted list, LC108):
right only when the tree is perfectly balanced."""


class Solution:
    def buildTree(self, preorder, inorder):
        def build(lo, hi):
            if lo > hi:
                return None
            mid = (lo + hi) // 2
            return TreeNode(inorder[mid], build(lo, mid - 1), build(mid + 1, hi))

        return build(0, len(inorder) - 1)
