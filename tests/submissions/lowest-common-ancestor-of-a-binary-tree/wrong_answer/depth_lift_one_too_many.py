"""Parent pointers and depths, equalising the depths before climbing together, but lifting the deeper node one
level too many: when q is under p, p's parent is answered instead of p."""
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        par = {root: None}; dep = {root: 0}; st = [root]
        while st:
            n = st.pop()
            for c in (n.left, n.right):
                if c: par[c] = n; dep[c] = dep[n] + 1; st.append(c)
        if dep[p] < dep[q]: p, q = q, p
        d = dep[p] - dep[q]
        for _ in range(d + (1 if d else 0)): p = par[p]
        while p is not q and p and q:
            if dep[p] < dep[q]: q = par[q]; continue
            if dep[q] < dep[p]: p = par[p]; continue
            p, q = par[p], par[q]
        return p
