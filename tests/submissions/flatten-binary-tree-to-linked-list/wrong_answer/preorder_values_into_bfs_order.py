"""Links the tree's own nodes in BFS order and writes the preorder values into them: the values read right, but
the nodes are not in preorder (the adapter says the values were changed)."""
from collections import deque
class Solution:
    def flatten(self, root):
        if not root: return
        vals = []; st = [root]
        while st:
            n = st.pop(); vals.append(n.val)
            if n.right: st.append(n.right)
            if n.left: st.append(n.left)
        order = []; q = deque([root])
        while q:
            n = q.popleft(); order.append(n)
            if n.left: q.append(n.left)
            if n.right: q.append(n.right)
        for n, v in zip(order, vals): n.val = v
        for a, b in zip(order, order[1:]): a.left = None; a.right = b
        order[-1].left = order[-1].right = None
