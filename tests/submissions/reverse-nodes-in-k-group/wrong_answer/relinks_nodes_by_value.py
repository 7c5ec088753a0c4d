"""Computes the answer's values, then relinks the input nodes by looking each value up (equal values taken in
input order): right with distinct values, but equal values keep their nodes in the wrong order, which the adapter
catches (hidden 9, all equal): a wrong answer."""
class Solution:
    def reverseKGroup(self, head, k):
        nodes = []
        while head: nodes.append(head); head = head.next
        vals = [n.val for n in nodes]
        for i in range(0, len(vals) - k + 1, k): vals[i:i + k] = vals[i:i + k][::-1]
        pool = {}
        for n in nodes: pool.setdefault(n.val, []).append(n)
        for v in pool: pool[v].reverse()
        out = [pool[v].pop() for v in vals]
        for i in range(len(out) - 1): out[i].next = out[i + 1]
        out[-1].next = None
        return out[0]
