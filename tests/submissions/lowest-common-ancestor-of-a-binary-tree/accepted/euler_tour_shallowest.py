"""Euler tour (each node with its depth, written on entry and after each child) and the shallowest entry
between the first visits of p and q: the range-minimum view, O(n) per query here, no recursion."""
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        tour = []; first = {}; st = [(root, 0, 0)]
        while st:
            n, d, state = st.pop()
            if id(n) not in first: first[id(n)] = len(tour)
            tour.append((d, n))
            kids = [c for c in (n.left, n.right) if c]
            if state < len(kids):
                st.append((n, d, state + 1)); st.append((kids[state], d + 1, 0))
        i, j = sorted((first[id(p)], first[id(q)]))
        return min(tour[i:j + 1], key=lambda t: t[0])[1]
