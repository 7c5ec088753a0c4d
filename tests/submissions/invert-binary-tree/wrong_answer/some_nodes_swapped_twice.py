"""Stack DFS that pushes a node with value -100 and children twice, so it is swapped twice and its subtree is left un-mirrored: a mistake that shows only on a rare value. Wrong answer."""
class Solution:
    def invertTree(self, root):
        st=[root] if root else []
        while st:
            n=st.pop(); n.left,n.right=n.right,n.left
            for c in (n.left,n.right):
                if c: st.append(c)
                if c and c.val==-100 and (c.left or c.right): st.append(c)
        return root
