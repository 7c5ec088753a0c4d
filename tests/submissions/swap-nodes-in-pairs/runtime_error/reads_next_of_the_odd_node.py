"""Checks only `node` and then reads `node.next.next`: an odd last node has no partner, and `None.next` raises."""


class Solution:
    def swapPairs(self, head):
        dummy = prev = ListNode(0, head)
        while prev.next:
            a, b = prev.next, prev.next.next
            a.next, b.next, prev.next = b.next, a, b
            prev = a
        return dummy.next
