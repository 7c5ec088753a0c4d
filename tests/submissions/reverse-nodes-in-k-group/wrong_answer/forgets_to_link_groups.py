"""Reverses each group in place but never hangs it on the group before: the first group's last node still points
at the old first node of the second group, which is now that group's last."""


class Solution:
    def reverseKGroup(self, head, k):
        new_head = None
        node = head
        while True:
            probe = node
            for _ in range(k):
                if probe is None:
                    return new_head or head
                probe = probe.next
            before, cur = probe, node
            for _ in range(k):
                cur.next, before, cur = before, cur, cur.next
            if new_head is None:
                new_head = before
            node = probe
