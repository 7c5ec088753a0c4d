"""Print each depth separately after computing the height: O(n*h), about 2*10^6 steps on a 2000-node path, still in time. Accepted."""
from collections import deque
class Solution:
    def levelOrder(self, root):
        # by height, then collect each depth separately: O(n h), fine at 2000
        def h(n): return 1+max(h(n.left),h(n.right)) if n else 0
        def at(n,d,out):
            if not n: return
            if d==0: out.append(n.val)
            else: at(n.left,d-1,out); at(n.right,d-1,out)
        res=[]
        for d in range(h(root)):
            o=[]; at(root,d,o); res.append(o)
        return res
