"""The iterative stack method, O(n) and no recursion: a new value goes left of the top until the top equals the
next inorder value, then the finished nodes are popped and the value hangs right of the last one popped."""
class Solution:
    def buildTree(self, preorder, inorder):
        root = TreeNode(preorder[0]); st = [root]; j = 0
        for v in preorder[1:]:
            node = TreeNode(v)
            if st[-1].val != inorder[j]:
                st[-1].left = node
            else:
                while st and st[-1].val == inorder[j]:
                    top = st.pop(); j += 1
                top.right = node
            st.append(node)
        return root
