"""Swaps correctly and returns `head`, the old first node, which is now second: the new first node is lost."""


class Solution:
    def swapPairs(self, head):
        dummy = prev = ListNode(0, head)
        while prev.next and prev.next.next:
            a, b = prev.next, prev.next.next
            a.next, b.next, prev.next = b.next, a, b
            prev = a
        return head
