"""The iterative stack method with the pop loop cut short: at most two finished nodes are popped before the next
value is attached as a right child, so a value whose parent is three or more levels up hangs on the wrong node."""
class Solution:
    def buildTree(self, preorder, inorder):
        root = TreeNode(preorder[0]); st = [root]; j = 0
        for v in preorder[1:]:
            node = TreeNode(v)
            if st[-1].val != inorder[j]:
                st[-1].left = node
            else:
                top = st.pop(); j += 1
                if st and st[-1].val == inorder[j]:
                    top = st.pop(); j += 1
                top.right = node
            st.append(node)
        return root
