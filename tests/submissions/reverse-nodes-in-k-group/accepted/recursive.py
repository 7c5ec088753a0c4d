"""Recursion, one frame per group: check that k nodes remain, reverse them onto the answer for the rest."""


class Solution:
    def reverseKGroup(self, head, k):
        node = head
        for _ in range(k):
            if node is None:
                return head
            node = node.next
        rest = self.reverseKGroup(node, k)
        prev, cur = rest, head
        for _ in range(k):
            cur.next, prev, cur = prev, cur, cur.next
        return prev
