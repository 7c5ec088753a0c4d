"""Relinks the remaining nodes in order but never sets the last one's next to None: removing the tail keeps it."""

class Solution:
    def removeNthFromEnd(self, head, n):
        nodes = []; p = head
        while p: nodes.append(p); p = p.next
        del nodes[len(nodes) - n]
        for a, b in zip(nodes, nodes[1:]): a.next = b
        return nodes[0] if nodes else None
