"""Postorder counts of p and q per subtree, but the answer is overwritten at every node whose count reaches 2,
so it climbs to the root instead of stopping at the lowest one."""
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        ans = [None]
        post = []; st = [(root, False)]; cnt = {}
        while st:
            n, done = st.pop()
            if n is None: continue
            if done:
                c = (n is p) + (n is q) + cnt.get(n.left, 0) + cnt.get(n.right, 0)
                cnt[n] = c
                if c >= 2: ans[0] = n
            else:
                st.append((n, True)); st.append((n.right, False)); st.append((n.left, False))
        return ans[0]
