"""Reverses the groups in a Python list of nodes but cuts the tail only when a short group is left: when n
is a multiple of k the new tail still points at its old successor, so the returned list has a cycle (hidden 3,
k = n), reported as such: a wrong answer."""
class Solution:
    def reverseKGroup(self, head, k):
        nodes = []
        while head: nodes.append(head); head = head.next
        for i in range(0, len(nodes) - k + 1, k): nodes[i:i + k] = nodes[i:i + k][::-1]
        for i in range(len(nodes) - 1): nodes[i].next = nodes[i + 1]
        if len(nodes) % k: nodes[-1].next = None
        return nodes[0]
