"""Reads each full group's values and writes them back reversed, leaving the links alone: the right values in the
right order, but the problem forbids changing the nodes' values (the adapter says so)."""


class Solution:
    def reverseKGroup(self, head, k):
        node = head
        while True:
            group, probe = [], node
            while probe and len(group) < k:
                group.append(probe)
                probe = probe.next
            if len(group) < k:
                return head
            values = [g.val for g in group]
            for g, value in zip(group, reversed(values)):
                g.val = value
            node = probe
