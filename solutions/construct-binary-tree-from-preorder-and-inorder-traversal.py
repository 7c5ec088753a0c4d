"""Rebuild without recursion, in O(n): walk `preorder` with a stack of the nodes whose right child may still come.
A new value is the left child of the stack's top until the top's value is the next one of `inorder` (its left
subtree is complete); then pop every node that `inorder` has finished, and the new value is the right child of the
last one popped."""


class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        root = TreeNode(preorder[0])
        stack, j = [root], 0
        for value in preorder[1:]:
            node = TreeNode(value)
            if stack[-1].val != inorder[j]:
                stack[-1].left = node
            else:
                while stack and stack[-1].val == inorder[j]:
                    parent = stack.pop()
                    j += 1
                parent.right = node
            stack.append(node)
        return root
