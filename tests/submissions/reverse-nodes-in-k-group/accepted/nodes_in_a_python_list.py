"""Collects the nodes (not their values) in a Python list, reverses each full slice of k there and relinks the
nodes in the new order: O(n) extra space, but the nodes keep their values, so it is accepted."""


class Solution:
    def reverseKGroup(self, head, k):
        nodes = []
        while head:
            nodes.append(head)
            head = head.next
        for start in range(0, len(nodes) - k + 1, k):
            nodes[start:start + k] = nodes[start:start + k][::-1]
        for a, b in zip(nodes, nodes[1:]):
            a.next = b
        nodes[-1].next = None
        return nodes[0]
