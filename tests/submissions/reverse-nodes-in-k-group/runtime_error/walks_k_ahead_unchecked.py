"""Walks k - 1 steps ahead to find the group's end without checking for the list's end: on a short last group it
reads `None.next`."""


class Solution:
    def reverseKGroup(self, head, k):
        dummy = prev = ListNode(0, head)
        while prev.next:
            last = prev.next
            for _ in range(k - 1):
                last = last.next
            first, rest = prev.next, last.next
            node, before = first, rest
            while node is not rest:
                node.next, before, node = before, node, node.next
            prev.next, prev = last, first
        return dummy.next
