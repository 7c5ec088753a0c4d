"""Relinks the nodes from a Python list but never cuts the new tail's next: with an even length the tail is the
first node of the last pair, still pointing at its partner, so the returned list has a cycle; the adapter reads it
without hanging and says so: a wrong answer."""
class Solution:
    def swapPairs(self, head):
        nodes = []
        while head: nodes.append(head); head = head.next
        for i in range(0, len(nodes) - 1, 2): nodes[i], nodes[i + 1] = nodes[i + 1], nodes[i]
        for i in range(len(nodes) - 1): nodes[i].next = nodes[i + 1]
        return nodes[0] if nodes else None
