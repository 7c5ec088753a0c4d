"""Collects every node, sorts the nodes by val (stable) and relinks them, never cutting the last next. Accepted:
the last node after a stable sort is the last node of the greatest value, the tail of its own list, so its next is
already None."""
class Solution:
    def mergeKLists(self, lists):
        nodes = []
        for l in lists:
            while l: nodes.append(l); l = l.next
        nodes.sort(key=lambda n: n.val)
        for a, b in zip(nodes, nodes[1:]): a.next = b
        return nodes[0] if nodes else None
