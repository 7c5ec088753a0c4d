"""Treats a one-node list as nothing to do and returns it, though n = 1 removes its only node."""


class Solution:
    def removeNthFromEnd(self, head, n):
        if head.next is None:
            return head
        dummy = ListNode(0, head)
        fast = slow = dummy
        for _ in range(n):
            fast = fast.next
        while fast.next:
            fast, slow = fast.next, slow.next
        slow.next = slow.next.next
        return dummy.next
