"""Collects the nodes (not their values) in a Python list, swaps neighbours there and relinks them in the new
order: O(n) extra space, but the nodes keep their values, so it is accepted."""


class Solution:
    def swapPairs(self, head):
        nodes = []
        while head:
            nodes.append(head)
            head = head.next
        for i in range(0, len(nodes) - 1, 2):
            nodes[i], nodes[i + 1] = nodes[i + 1], nodes[i]
        for a, b in zip(nodes, nodes[1:]):
            a.next = b
        if not nodes:
            return None
        nodes[-1].next = None
        return nodes[0]
