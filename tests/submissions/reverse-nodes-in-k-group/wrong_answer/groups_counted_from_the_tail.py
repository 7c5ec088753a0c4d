"""Reverses the groups from the tail's side (the short group left at the front), a common variant of the
problem, not this one: a wrong answer on example 1."""
class Solution:
    def reverseKGroup(self, head, k):
        nodes = []
        while head: nodes.append(head); head = head.next
        r = len(nodes) % k
        for i in range(r, len(nodes), k): nodes[i:i + k] = nodes[i:i + k][::-1]
        for i in range(len(nodes) - 1): nodes[i].next = nodes[i + 1]
        nodes[-1].next = None
        return nodes[0]
