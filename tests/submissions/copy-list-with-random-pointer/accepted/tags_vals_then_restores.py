"""Writes each original's index into its val, uses those to map the randoms, then puts every val back (the same
int objects). Accepted: the original is left as it was; mutating it and restoring it is allowed, as on LeetCode."""
class Solution:
    def copyRandomList(self, head):
        nodes = []; cur = head
        while cur: nodes.append(cur); cur = cur.next
        vals = [n.val for n in nodes]
        for i, n in enumerate(nodes): n.val = i
        copies = [Node(v) for v in vals]
        for i, n in enumerate(nodes):
            copies[i].next = copies[i + 1] if i + 1 < len(nodes) else None
            copies[i].random = copies[n.random.val] if n.random else None
        for n, v in zip(nodes, vals): n.val = v
        return copies[0] if copies else None
