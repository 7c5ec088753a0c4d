"""Consumes its inputs: preorder.pop(0) for each new node and inorder.pop(0) when a subtree is done, building
until inorder reaches the `stop` value (mutating the inputs is allowed; pop(0) is O(n), fine for 3000)."""
class Solution:
    def buildTree(self, preorder, inorder):
        def go(stop):
            if inorder and inorder[0] != stop:
                r = TreeNode(preorder.pop(0))
                r.left = go(r.val)
                inorder.pop(0)
                r.right = go(stop)
                return r
            return None
        return go(None)
