"""Kadane's maximum subarray over the inorder sequence: neighbours in inorder need not be joined by an edge,
so it passes the examples (2 1 3 and 9 -10 15 20 7 happen to work) but sums nodes that are no path."""
class Solution:
    def maxPathSum(self, root):
        seq = []; st = []; n = root
        while st or n:
            while n: st.append(n); n = n.left
            n = st.pop(); seq.append(n.val); n = n.right
        best = cur = seq[0]
        for v in seq[1:]:
            cur = max(v, cur + v); best = max(best, cur)
        return best
