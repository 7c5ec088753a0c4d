"""Removes the n-th node from the start."""


class Solution:
    def removeNthFromEnd(self, head, n):
        dummy = ListNode(0, head)
        before = dummy
        for _ in range(n - 1):
            before = before.next
        before.next = before.next.next
        return dummy.next
