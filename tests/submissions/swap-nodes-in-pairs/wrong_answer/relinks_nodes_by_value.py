"""Computes the swapped values, then relinks the input nodes by looking each value up (the first unused node
with that value): with distinct values it is right, but an equal pair keeps its nodes in the input order, which the
adapter catches (hidden 6 and the equal pair among others): a wrong answer."""
class Solution:
    def swapPairs(self, head):
        # "stable" rebuild: sorts the nodes by their target position computed from values, ties by input order
        nodes = []
        while head: nodes.append(head); head = head.next
        vals = [n.val for n in nodes]
        for i in range(0, len(vals) - 1, 2): vals[i], vals[i + 1] = vals[i + 1], vals[i]
        pool = {}
        for n in nodes: pool.setdefault(n.val, []).append(n)
        out = [pool[v].pop(0) for v in vals]
        for i in range(len(out) - 1): out[i].next = out[i + 1]
        if out: out[-1].next = None
        return out[0] if out else None
